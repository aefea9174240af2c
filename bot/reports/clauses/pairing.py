"""The report's main match and the other leg of its tie, so goals find their match."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.facts import Match
from bot.reports.text.digits import holds_digit
from bot.reports.text.document import Document

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
        if target == MAIN:
            return self.main
        if target == LEG1:
            return self.leg1
        return self.leg2 if target == LEG2 else None

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

    def main_score_pattern(self) -> ScoreLine | None:
        """The main match's own scoreline, if no other match of the report shares it: one
        pattern for all clauses of a text to search (not one per clause and match)."""
        score = self.main.score if self.main is not None else None
        if score is None or score[0] == score[1]:
            return None
        if any(m.score and set(m.score) == set(score) for m in self.others):
            return None
        return ScoreLine(*score)


_ANY_SCORE = re.compile(r"(\d(?<![\d.]\d)\d*)\s?[:-]\s?(\d+)(?![\d.])")


class ScoreLine:
    """`search` as that of `(?<![\\d.])(?:H\\s?[:-]\\s?L|L\\s?[:-]\\s?H)(?![\\d.])` for one
    scoreline H-L, through one pattern for every scoreline (the pattern made per scoreline
    was compiled on each new one: about ten per sixteen reports, 0.4 M instructions each).

    Exact: a match of the scoreline's pattern takes whole runs of digits (none may stand
    before or after it), as _ANY_SCORE's groups do; a match of _ANY_SCORE that is not the
    scoreline can overlap one only from its second number on, where the search goes on."""

    __slots__ = ("pairs",)

    def __init__(self, high: int, low: int) -> None:
        self.pairs = ((str(high), str(low)), (str(low), str(high)))

    def search(self, text: str) -> re.Match | None:
        found = _ANY_SCORE.search(text)
        while found is not None:
            if found.groups() in self.pairs:
                return found
            found = _ANY_SCORE.search(text, found.start(2))
        return None


def find_pairing(doc: Document, matches: list[Match]) -> Pairing:
    """Main match: the one the lead tells first, else the pair of teams named most; its
    later leg when both are there."""
    pairing = _main_pairing(doc, matches)
    if pairing.main is not None:
        chosen = {id(pairing.main), id(pairing.leg1), id(pairing.leg2)}
        pairing.others = tuple(m for m in matches if id(m) not in chosen)
        lead_end = doc.sentences[min(LEAD_SENTENCES, len(doc.sentences)) - 1].end
        pairing.lead_named = any(
            m.team in pairing.teams for m in doc.mentions if m.start < lead_end
        )
    return pairing


def told_at(doc: Document, match: Match) -> int | None:
    """The index of the sentence that tells a match's result, if it is found."""
    index = doc.cache.get("told-at")
    if index is None:
        index = doc.cache["told-at"] = {}
        for i, sentence in enumerate(doc.sentences):
            index.setdefault(sentence.text, i)
    return index.get(match.evidence) if match.evidence else None


def _lead_told(doc: Document, matches: list[Match]) -> list[Match]:
    """The matches of the first sentence that tells a result, if that sentence is in the
    lead: a report opens with its own match, and a rival named more often later (last
    month's final, the other semi-final) is told in passing."""
    told = [(told_at(doc, m), m) for m in matches]
    known = [i for i, _ in told if i is not None]
    if not known or min(known) >= LEAD_SENTENCES:
        return _lead_scored(doc, matches)
    return [m for i, m in told if i == min(known)]


_LEAD_SCORE = re.compile(r"(\d(?<![\d.:]\d)\d?)[-:–](\d{1,2})(?![\d.:])")


def _lead_scored(doc: Document, matches: list[Match]) -> list[Match]:
    """A match read from a results box at the report's end whose score and both teams a
    lead sentence tells (`came from behind to win 2-1 at Real Valladolid` beside
    `Real Valladolid 1 ... Atletico Madrid 2`): the lead's own match, not a rival named
    more often in a past season's result."""
    for sentence in doc.sentences[:LEAD_SENTENCES]:
        if not holds_digit(sentence.text):
            continue
        scores = {tuple(sorted((int(a), int(b)))) for a, b in _LEAD_SCORE.findall(sentence.text)}
        if not scores:
            continue
        named = {m.team for m in doc.mentions_in(sentence)}
        found = [
            m
            for m in matches
            if m.score is not None
            and tuple(sorted(m.score)) in scores
            and m.home in named
            and m.away in named
        ]
        if found:
            return found
    return []


def _main_pairing(doc: Document, matches: list[Match]) -> Pairing:
    if not matches or doc.cache.get("unread-main"):
        return Pairing(None)  # the story's own match is one the reader did not find
    counts: dict[str, int] = {}
    for mention in doc.mentions:
        counts[mention.team] = counts.get(mention.team, 0) + 1

    def weight(match: Match) -> int:
        return min(counts.get(match.home, 0), counts.get(match.away, 0))

    best = max(_lead_told(doc, matches) or matches, key=weight)
    teams = frozenset((best.home, best.away))
    same = [m for m in matches if frozenset((m.home, m.away)) == teams]
    if len(same) > 2 and sorted(m.leg or 0 for m in same)[-2:] == [1, 2]:
        same = [m for m in same if m.leg]  # the tie's legs beside the season's meetings
    if len(same) > 2:
        return Pairing(best, teams=teams)
    if len(same) == 2:
        first, second = sorted(same, key=lambda m: m.leg or 1.5)
        if first.leg == 2 or (first.leg is None and second.leg is None):
            return Pairing(best, teams=teams)
        return Pairing(second, leg1=first, leg2=second, teams=teams)
    return Pairing(best, teams=teams)


def told_before(doc: Document, pairing: Pairing, target: str, at: int) -> bool:
    """Whether an event at offset `at` may belong to the match a target names: a match told
    in passing gets no goal or card told before its result, nor does a main match (or a
    leg of its tie) told after a lead that does not name both its teams (the report's own
    match was then most likely not read)."""
    match = pairing.match_for(target)
    if match is None:
        return True
    index = told_at(doc, match)
    own = target in (MAIN, LEG1, LEG2)
    if index is None or (own and index < LEAD_SENTENCES):
        return True
    if own and _lead_names(doc, {match.home, match.away}) and not _lead_unread(doc, pairing):
        return True
    return at >= doc.sentences[index].start


_SCORE = re.compile(
    r"(\d(?<![\d.:]\d)\d?) ?[:-] ?(\d{1,2})(?![\d.:])(?! Uhr)"
    r"(?!,? (?:on aggregate|over the two legs|over two legs|in aggregate|agg\b|"
    r"im Gesamtergebnis|in der Addition|nach Hin- und Rückspiel))"
)
"""A score in the lead, not one told as a tie's aggregate (`finished 4-4 on aggregate`,
`4:4 im Gesamtergebnis`): that is no match's result the reader may have missed."""


def _lead_unread(doc: Document, pairing: Pairing) -> bool:
    """The lead states a score that is no read match's score or shoot-out, and no match
    read was told there: the lead's own result (`besiegte ... mit 4:1`) was not read, so
    a later result of the same two teams (last week's league game) is not the match the
    goals before it belong to."""
    cached = doc.cache.get("lead-unread")
    if cached is not None and cached[0] is pairing:
        return cached[1]
    answer = _lead_unread_now(doc, pairing)
    doc.cache["lead-unread"] = (pairing, answer)
    return answer


def _lead_unread_now(doc: Document, pairing: Pairing) -> bool:
    lead_end = doc.sentences[min(LEAD_SENTENCES, len(doc.sentences)) - 1].end
    stated = {_level(a, b) for a, b in _SCORE.findall(doc.text, 0, lead_end)}
    if not stated:
        return False
    read = [m for m in (pairing.main, pairing.leg1, pairing.leg2, *pairing.others) if m]
    told = [told_at(doc, m) for m in read]
    if any(i is not None and i < LEAD_SENTENCES for i in told):
        return False
    known = {_level(*pair) for m in read for pair in (m.score, m.penalties) if pair}
    return stated.isdisjoint(known)


def _level(a, b) -> tuple[int, int]:
    """A score with its sides forgotten: 4:1 and 1-4 are one."""
    return tuple(sorted((int(a), int(b))))


def _lead_names(doc: Document, teams: set[str]) -> bool:
    """Whether the lead names both teams (its result may be told first as a line later)."""
    named = doc.cache.get("lead-teams")
    if named is None:
        lead_end = doc.sentences[min(LEAD_SENTENCES, len(doc.sentences)) - 1].end
        named = doc.cache["lead-teams"] = {m.team for m in doc.mentions if m.start < lead_end}
    return teams <= named
