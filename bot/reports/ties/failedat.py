"""A side that failed at another in a round went out to it: `In der vergangenen Saison
war Real erst im Halbfinale am FC Chelsea gescheitert`, `scheiterte im Viertelfinale an
Benfica`. The tie's winner is the side after `an`/`am`, its loser the clause's subject;
not `an Real-Torhüter Courtois gescheitert` (a keeper, told in a compound). A tie told
of last season is that season's."""

from __future__ import annotations

import re

from bot.facts import Tie
from bot.reports.patterns.spots import Folded

OPENING = 3
"""The opening tells the story's own tie, which its legs settle with the aggregate; a
`gescheitert` there is read from them, not as a winner alone."""
FAILED_AT = re.compile(r"\b(?:scheiterte|scheiterten|gescheitert)\b", re.I)
_AT = frozenset(("an", "am"))
_LAST_SEASON = Folded(
    re.compile(
        r"\b(?:last season|previous season|(?:in der\s+)?(?:vergangenen|letzten|vorigen) Saison|"
        r"Vorsaison|Im Vorjahr|im Vorjahr|a year earlier|the year before)\b",
        re.I,
    )
)


def failed_at(doc, sentence, people) -> list[Tie]:
    """The tie a `scheitern an` clause tells, where it names exactly one subject and one
    side after `an`/`am` (a whole name, not the head of a compound)."""
    verb = FAILED_AT.search(sentence.text)
    if verb is None:
        return []
    at = sentence.start + verb.start()
    clause_start = sentence.start + max(sentence.text.rfind(",", 0, verb.start()), -1) + 1
    winners = [
        m
        for m in people
        if clause_start <= m.start < at
        and (m.prep in _AT or _DESCRIBED_AT.search(doc.text, max(0, m.start - 50), m.start))
        and not doc.text.startswith("-", m.end)
    ]
    losers = [
        m
        for m in people
        if clause_start <= m.start < at
        and m.prep not in _AT
        and m.prep != "in"
        and m not in winners
    ]
    if not losers and winners and (antecedent := _antecedent(doc, people, clause_start)):
        losers = [antecedent]
    if len(winners) != 1 or len({m.team for m in losers}) != 1:
        return []
    winner, loser = winners[0].team, losers[0].team
    if winner == loser or losers[0].start > winners[0].start:
        return []
    return [Tie(teams=(winner, loser), winner=winner, evidence=sentence.text)]


_DESCRIBED_AT = re.compile(
    r"\b(?:an|am)\s+(?:dem\s+|den\s+)?(?:[a-zäöü]\w*\s+){0,2}"
    r"(?:Klub|Club|Verein|Vertreter|Meister|Pokalsieger|Rekordmeister|Team)\s+$"
)
"""`am russischen Klub FK Krasnodar gescheitert`: a side after `am` and a noun that says
what it is (a lower-case adjective before it) is the one failed at."""
_RELATIVE = re.compile(r",\s*(?:das|der|die)\s")


def _antecedent(doc, people, clause_start: int):
    """`für Bayer Leverkusen, das in der Zwischenrunde ... scheiterte`: a clause opened by a
    relative pronoun right after a side is told of that side."""
    if not _RELATIVE.match(doc.text, clause_start - 1):
        return None
    before = [m for m in people if m.end <= clause_start - 1]
    if not before or doc.text[before[-1].end : clause_start - 1].strip():
        return None
    return before[-1]


_YEARS_AGO = re.compile(
    r"\b(?P<n>two|three|four|five|six|2|3|4|5|6) years (?:ago|earlier|before)\b|"
    r"\bvor (?P<m>zwei|drei|vier|fünf|sechs|2|3|4|5|6) Jahren\b|"
    r"\b(?P<k>zwei|drei|vier|fünf|sechs|2|3|4|5|6) Jahre (?:zuvor|vorher|früher)\b",
    re.I,
)
_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
}  # fmt: skip


def years_back(text: str) -> int:
    """How many seasons back a tie told in `text` lies: 1 for `last season`, `im Vorjahr`;
    3 for `three years ago`, `vor drei Jahren` (Porto `beat Juventus on away goals at this
    stage three years ago`, in a report of March 2024, is 2020-21); else 0."""
    if _LAST_SEASON.search(text) is not None:
        return 1
    found = _YEARS_AGO.search(text) if "ahre" in text or "years" in text else None
    if found is None:
        return 0
    word = (found.group("n") or found.group("m") or found.group("k")).lower()
    return int(word) if word.isdigit() else _COUNTS[word]


def years_before(published: str | None, years: int) -> str | None:
    """The dateline `years` back (`2022-03-10`, 1 -> `2021-03-10`), to date a season told
    as one before the report's."""
    if not years or not published or not published[:4].isdigit():
        return published
    return f"{int(published[:4]) - years:04d}{published[4:]}"
