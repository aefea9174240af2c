"""`Die Italiener warfen Ajax raus, mit einem 2:1 in Amsterdam und einem 1:1 daheim`,
`knocking out Ajax, winning 2-1 in Amsterdam and drawing 1-1 at home`: two results of
one pair listed in one breath, with no leg word, no date and no `zunächst/dann`, `first
... then` between them, do not say which came first; the main match of the story is then
no second leg, and neither leg is numbered."""

from __future__ import annotations

import re

_ORDER = re.compile(
    r"\b(?:zunächst|zuerst|erst|dann|danach|später|first|then|later|after|before|"
    r"followed|nach|vor|earlier|previously)\b",
    re.I,
)
_DATED = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Montag|Dienstag|Mittwoch|Donnerstag|"
    r"Freitag|Samstag|Sonntag|Sonnabend|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Januar|Februar|März|Juni|Juli|Oktober|Dezember|"
    r"\d{1,2}\.\s*\d{1,2}\.|\d{4}-\d\d-\d\d|week|Woche)",
)


def unordered_pair(doc, a, b) -> bool:
    """Whether a and b are told in one sentence with nothing that orders them."""
    if a.sentence is not b.sentence or _DATED.search(a.sentence.text):
        return False
    first, later = (a, b) if a.hit.start < b.hit.start else (b, a)
    between = doc.text[first.hit.end : later.hit.start]
    around = doc.text[max(a.sentence.start, first.hit.start - 40) : first.hit.start]
    return not _ORDER.search(between) and not _ORDER.search(around)
