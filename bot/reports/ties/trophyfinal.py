"""`PSV are champions of Europe after a goalless 120 minutes against Benfica ... a penalty
shoot-out that the Dutch won 6-5`, `Der FC Sevilla ist Europa-League-Sieger`: a shoot-out
(or a win told without an aggregate) that made its winner the champion of a competition
whose final is one match was that final, a single match, never a two-legged tie."""

from __future__ import annotations

import re

from bot.facts import Tie
from bot.reports.patterns.spots import Folded

_ONE_MATCH_FINALS = frozenset(
    (
        "UEFA Champions League", "UEFA Cup Winners' Cup", "UEFA Europa Conference League",
        "UEFA Super Cup", "FIFA Club World Cup", "FA Cup", "DFB-Pokal", "Coupe de France",
        "Copa del Rey", "EFL Cup", "Scottish Cup", "MLS Cup", "Taça de Portugal",
    )
)  # fmt: skip
"""Competitions whose final was always one match (the UEFA Cup and the Copa Libertadores
played two-legged finals, so a champion there may have won a tie)."""
_CHAMPION = Folded(
    re.compile(
        r"\b(?:are|were|is|was|became|become|ist|sind|war|waren|wurde|wurden)\s+(?:the\s+|now\s+)?"
        r"(?:new\s+)?(?:champions of (?:Europe|England|Spain|Germany|France)|European champions|"
        r"cup winners|Europapokalsieger|Pokalsieger|Landesmeister|Champions-League-Sieger|"
        r"Europa-League-Sieger|Cupsieger)\b",
        re.I,
    )
)

_WON_THE_CUP = Folded(
    re.compile(
        r"\b(?:to (?:win|lift|claim)|(?:und|and) (?:gewann\w*|holte\w*|won|lifted)) (?:the |den |"
        r"die |das )?(?:\w+ ){0,2}?(?:Cup|trophy|Pokal|Trophäe)\b|"
        r"\b(?:Cup|trophy|Pokal|Trophäe) (?:gewonnen|geholt)\b",
        re.I,
    )
)
"""`beating Porto 4-2 in a penalty shootout to win the Portuguese Cup`, `im
Elfmeterschießen bezwungen und den portugiesischen Pokal gewonnen`: the shoot-out won the
cup itself."""


def drop_trophy_finals(doc, ties: list[Tie]) -> list[Tie]:
    """The ties without those stated only by a sentence naming the winner as champion
    of a one-match final's competition, with no aggregate."""
    return [t for t in ties if not _trophy_final(doc, t)]


def _trophy_final(doc, tie: Tie) -> bool:
    if tie.aggregate is not None or tie.winner is None:
        return False
    if tie.competition not in _ONE_MATCH_FINALS:
        return False
    for sentence in doc.sentences:
        if sentence.text != tie.evidence:
            continue
        if tie.decided_by == "penalties" and _WON_THE_CUP.search(sentence.text):
            return True
        found = _CHAMPION.search(sentence.text)
        if found is None:
            return False
        at = sentence.start + found.start()
        before = [m for m in doc.mentions_in(sentence) if m.start < at]
        return bool(before) and before[-1].team == tie.winner
    return False
