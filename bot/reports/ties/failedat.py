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
        if clause_start <= m.start < at and m.prep in _AT and not doc.text.startswith("-", m.end)
    ]
    losers = [
        m for m in people if clause_start <= m.start < at and m.prep not in _AT and m.prep != "in"
    ]
    if len(winners) != 1 or len({m.team for m in losers}) != 1:
        return []
    winner, loser = winners[0].team, losers[0].team
    if winner == loser or losers[0].start > winners[0].start:
        return []
    return [Tie(teams=(winner, loser), winner=winner, evidence=sentence.text)]


def told_last_season(text: str) -> bool:
    return _LAST_SEASON.search(text) is not None


def year_before(published: str | None) -> str | None:
    """The dateline a year back (`2022-03-10` -> `2021-03-10`), to date a season told as
    the last one."""
    if not published or not published[:4].isdigit():
        return published
    return f"{int(published[:4]) - 1:04d}{published[4:]}"
