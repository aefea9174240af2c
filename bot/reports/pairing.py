"""The report's main match and the other leg of its tie, so goals find their match."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.facts import Match
from bot.reports.document import Document

MAIN, LEG1, LEG2 = "main", "leg1", "leg2"
OTHER = "other:"
LEAD_SENTENCES = 3


@dataclass
class Pairing:
    """The report's main match and the other leg of its tie, if the reader found it."""

    main: Match | None
    leg1: Match | None = None
    leg2: Match | None = None
    teams: frozenset[str] = frozenset()
    others: tuple[Match, ...] = ()
    lead_named: bool = True

    def match_for(self, target: str) -> Match | None:
        if target.startswith(OTHER):
            return self.others[int(target[len(OTHER) :])]
        return {MAIN: self.main, LEG1: self.leg1, LEG2: self.leg2}.get(target)

    def targets(self) -> list[str]:
        """Every target a clause can have that names a match."""
        return [MAIN, LEG1, LEG2] + [f"{OTHER}{i}" for i in range(len(self.others))]

    def other_for(self, teams: set[str]) -> str | None:
        """The one other match of the report between the teams named (or with one of them);
        a clause naming no main team may name a third one too ("in Stuttgart")."""
        fits = [
            i
            for i, m in enumerate(self.others)
            if teams <= {m.home, m.away} and m.score is not None
        ]
        if not fits and not teams & self.teams:
            fits = [
                i
                for i, m in enumerate(self.others)
                if {m.home, m.away} <= teams and m.score is not None
            ]
        return f"{OTHER}{fits[0]}" if len(fits) == 1 else None

    def teams_of(self, target: str) -> set[str]:
        """The two teams of the match a target names (none for an unknown one)."""
        match = self.match_for(target)
        return {match.home, match.away} if match is not None else set()

    def states_main_score(self, text: str) -> bool:
        """The main match's own scoreline, if no other match of the report shares it."""
        score = self.main.score if self.main is not None else None
        if score is None or score[0] == score[1]:
            return False
        if any(m.score and set(m.score) == set(score) for m in self.others):
            return False
        high, low = score
        return bool(
            re.search(rf"(?<![\d.])(?:{high}\s?[:-]\s?{low}|{low}\s?[:-]\s?{high})(?![\d.])", text)
        )


def find_pairing(doc: Document, matches: list[Match]) -> Pairing:
    """Main match: the pair of teams named most, its later leg when both are there."""
    pairing = _main_pairing(doc, matches)
    if pairing.main is not None:
        chosen = {id(pairing.main), id(pairing.leg1), id(pairing.leg2)}
        pairing.others = tuple(m for m in matches if id(m) not in chosen)
        lead_end = doc.sentences[min(LEAD_SENTENCES, len(doc.sentences)) - 1].end
        pairing.lead_named = any(
            m.team in pairing.teams for m in doc.mentions if m.start < lead_end
        )
    return pairing


def _main_pairing(doc: Document, matches: list[Match]) -> Pairing:
    if not matches:
        return Pairing(None)
    counts: dict[str, int] = {}
    for mention in doc.mentions:
        counts[mention.team] = counts.get(mention.team, 0) + 1

    def weight(match: Match) -> int:
        return min(counts.get(match.home, 0), counts.get(match.away, 0))

    best = max(matches, key=weight)
    teams = frozenset((best.home, best.away))
    same = [m for m in matches if frozenset((m.home, m.away)) == teams]
    if len(same) > 2:
        return Pairing(best, teams=teams)
    if len(same) == 2:
        first, second = sorted(same, key=lambda m: m.leg or 1.5)
        if first.leg == 2 or (first.leg is None and second.leg is None):
            return Pairing(best, teams=teams)
        return Pairing(second, leg1=first, leg2=second, teams=teams)
    return Pairing(best, teams=teams)
