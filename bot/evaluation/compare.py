"""How a gold fact and a read fact are judged the same: teams through the
project's TeamResolver, competitions through the canonicaliser, scorers by
surname with case and accents ignored (FORMAT.md)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.competitions.names import canonical
from bot.facts import Match, Tie
from bot.teams.names import normalize, surname
from bot.teams.resolver import TeamResolver


def _competition_key(name: str) -> str:
    return canonical(name) or normalize(name)


@dataclass
class Comparer:
    resolver: TeamResolver

    @classmethod
    def default(cls) -> Comparer:
        return cls(TeamResolver.default())

    def team(self, name: str | None) -> str | None:
        """A gold team name as a team id; an unknown name stays a marked name."""
        if name is None:
            return None
        return self.resolver.resolve(name) or f"?{normalize(name)}"

    def same_match(self, g: dict, m: Match) -> bool:
        home, away = self.team(g.get("home")), self.team(g.get("away"))
        score = tuple(g["score"]) if g.get("score") is not None else None
        if (home, away, score) == (m.home, m.away, m.score):
            return True
        if g.get("neutral") and score is not None and m.score is not None:
            return (away, home, (score[1], score[0])) == (m.home, m.away, m.score)
        return False

    def swapped(self, g: dict, m: Match) -> bool:
        return self.team(g.get("home")) != m.home

    def same_detail(self, name: str, want, have) -> bool:
        if have is None:
            return False
        if name == "competition":
            return _competition_key(want) == _competition_key(have)
        if name == "penalties":
            return tuple(want) == tuple(have)
        return want == have

    def same_event(self, g: dict, e) -> bool:
        if g.get("minute") != e.minute or (g.get("added") or 0) != (e.added or 0):
            return False
        return surname(g.get("player")) == surname(e.player)

    def same_tie(self, g: dict, tie: Tie) -> bool:
        teams = {self.team(name) for name in g.get("teams") or []}
        if teams != set(tie.teams):
            return False
        if self.team(g.get("winner")) != tie.winner or g.get("decided_by") != tie.decided_by:
            return False
        want = g.get("aggregate")
        if want is None or tie.aggregate is None:
            return want is None and tie.aggregate is None
        return {self.team(k): v for k, v in want.items()} == dict(tie.aggregate)

    def match_label(self, g: dict) -> str:
        score = g.get("score") or ("?", "?")
        leg = f" leg {g['leg']}" if g.get("leg") else ""
        return f"{g.get('home')} {score[0]}-{score[1]} {g.get('away')}{leg}"

    def facts_match_label(self, m: Match) -> str:
        score = m.score or ("?", "?")
        leg = f" leg {m.leg}" if m.leg else ""
        return f"{m.home} {score[0]}-{score[1]} {m.away}{leg}"

    def event_label(self, g: dict) -> str:
        added = f"+{g['added']}" if g.get("added") else ""
        return f"{g.get('player')} {g.get('minute')}{added}'"

    def facts_event_label(self, e) -> str:
        added = f"+{e.added}" if e.added else ""
        return f"{e.player} {e.minute}{added}'"

    def tie_label(self, g: dict) -> str:
        teams = " v ".join(g.get("teams") or [])
        return f"{teams} agg {g.get('aggregate')} winner {g.get('winner')} by {g.get('decided_by')}"

    def facts_tie_label(self, tie: Tie) -> str:
        return (
            f"{' v '.join(tie.teams)} agg {tie.aggregate} winner {tie.winner} by {tie.decided_by}"
        )
