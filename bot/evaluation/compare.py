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


def _season_key(season) -> str:
    """`1999-2000` and `1999-00` are one split season, written long and short (FORMAT.md
    writes `2018-19`); a calendar year stays as it is."""
    text = str(season)
    first, dash, second = text.partition("-")
    if dash and len(first) == 4 and len(second) == 4 and first.isdigit() and second.isdigit():
        return f"{first}-{second[2:]}"
    return text


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

    def is_team(self, name: str | None, team_id: str | None) -> bool:
        """Whether a gold name names this team: a name two teams share (`Santos`) names
        either, as the report's own context would settle it."""
        if name is None or team_id is None:
            return name is None and team_id is None
        ids = self.resolver.exact(name)
        return team_id in ids if ids else self.team(name) == team_id

    def same_match(self, g: dict, m: Match) -> bool:
        score = tuple(g["score"]) if g.get("score") is not None else None
        home, away = g.get("home"), g.get("away")
        if score == m.score and self.is_team(home, m.home) and self.is_team(away, m.away):
            return True
        if g.get("neutral") and score is not None and m.score is not None:
            return (
                (score[1], score[0]) == m.score
                and self.is_team(away, m.home)
                and self.is_team(home, m.away)
            )
        return False

    def swapped(self, g: dict, m: Match) -> bool:
        return not self.is_team(g.get("home"), m.home)

    def same_detail(self, name: str, want, have) -> bool:
        if have is None:
            return False
        if name == "competition":
            return _competition_key(want) == _competition_key(have)
        if name == "penalties":
            return tuple(want) == tuple(have)
        if name == "season":
            return _season_key(want) == _season_key(have)
        return want == have

    def same_event(self, g: dict, e) -> bool:
        if g.get("minute") != e.minute or (g.get("added") or 0) != (e.added or 0):
            return False
        return surname(g.get("player")) == surname(e.player)

    def same_tie(self, g: dict, tie: Tie) -> bool:
        names = list(g.get("teams") or [])
        if len(names) != 2 or len(tie.teams) != 2:
            return False
        a, b = tie.teams
        if not (
            (self.is_team(names[0], a) and self.is_team(names[1], b))
            or (self.is_team(names[0], b) and self.is_team(names[1], a))
        ):
            return False
        if not self.is_team(g.get("winner"), tie.winner) or g.get("decided_by") != tie.decided_by:
            return False
        want = g.get("aggregate")
        if want is None or tie.aggregate is None:
            return want is None and tie.aggregate is None
        have = dict(tie.aggregate)
        return len(want) == len(have) and all(
            any(self.is_team(name, team) and have[team] == goals for team in have)
            for name, goals in want.items()
        )

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
