"""Whose aggregate a sentence tells when its subject does not: a passive `ousted by`
(the agent went through), `a 3-4 aggregate defeat`, an aggregate after a leg the
subject won."""

from __future__ import annotations

import re

from bot.reports.matches.sides import sides
from bot.reports.patterns.keyed import Keyed

PASSIVE_OUT = Keyed(
    re.compile(
        r"\b(?:ousted|eliminated|knocked out|dumped out|bundled out|ausgeschaltet|eliminiert|"
        r"rausgeworfen)\s+(?:by|von|vom|durch)\b|\b(?:was|were|been|got|being|wurde|wurden)\s+"
        r"(?:\w+\s+)?(?:ousted|eliminated|knocked out|ausgeschaltet|eliminiert|rausgeworfen)\b|"
        r"\b(?:beaten|defeated|edged|thrashed|hammered|besiegt|geschlagen)\s+"
        r"(?:\d{1,2}\s?[-:–]\s?\d{1,2}\s+)?(?:on aggregate\s+|over two legs\s+)?(?:by|von|vom)\s",
        re.I,
    ),
    "ousted|eliminat|eliminiert|knocked out|dumped out|bundled out|ausgeschaltet|"
    "rausgeworfen|beaten|defeated|edged|thrashed|hammered|besiegt|geschlagen",
)
"""`Ousted by Olympiacos, Arsenal ...`, `Lazio, beaten 6-2 on aggregate by Bayern`: the
verb is passive, so its subject is the side that went out, never the winner."""


def agent(sentence, passive, people) -> str | None:
    """The team after `ousted by`, `were knocked out of the cup by`: the side that
    went through."""
    if passive is None:
        return None
    by = _BY.search(sentence.text, passive.end() - 6, passive.end() + 50)
    if by is None:
        return None
    at = sentence.start + by.end()
    return next((m.team for m in people if 0 <= m.start - at <= 5), None)


_BY = re.compile(r"\b(?:by|von|vom|durch)\s")


DEFEAT_AFTER = re.compile(r"\s*(?:on\s+)?(?:aggregate\s+)?(?:defeat|loss|exit)\b", re.I)
"""`a 3-4 aggregate defeat`: whatever the order of the numbers, the subject lost."""


def leg_winner(doc, sentence, hit, people, results):
    """`carried United past Midtjylland 5-1 and into the last 16, 6-3 on aggregate`: an
    aggregate with no subject of its own, told after a leg its sentence's subject won
    (and no loss in the sentence), is that subject's."""
    told = [r for r in results if r.end <= hit.start]
    if not told:
        return None
    p, o, _, _ = sides(doc, sentence, told[-1], people)
    if p and o and p != o and told[-1].first > told[-1].second:
        return p, o, False
    return None


_FOR_SIDE = re.compile(r"\s*(?:für|for|to|zugunsten)\s+(?:(?:die|den|das|der|the)\s+)?", re.I)


def score_owner(text: str, hit, people) -> str | None:
    """`Das Gesamtergebnis lautet damit 4:3 für die Eintracht`, `4-3 to Frankfurt on
    aggregate`: the side named right after `für`/`to` holds the first number."""
    lead = _FOR_SIDE.match(text, hit.end)
    if lead is None:
        return None
    return next((m.team for m in people if m.start == lead.end()), None)
