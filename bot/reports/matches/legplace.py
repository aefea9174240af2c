"""`Mit einem 0:2-Rückstand aus dem Hinspiel in Eindhoven ... schlug Dortmund die PSV
3:0`, `trailing 2-0 from the first leg in Milan`: a place told right after a leg word is
that leg's ground, not the ground of a result told as another leg (or as none)."""

from __future__ import annotations

import re

from bot.reports.patterns.spots import Folded

_LEG_BEFORE = Folded(
    re.compile(
        r"\b(?:(?P<one>first[- ]leg|opening leg|\w*hinspiel\w*)|"
        r"(?P<two>second[- ]leg|return leg|\w*rückspiel\w*))"
        r"(?:\s+(?:on\s+|next\s+|on\s+the\s+following\s+)[A-ZÄÖÜ][a-zäöü]+day|"
        r"\s+am\s+(?:kommenden\s+|nächsten\s+|folgenden\s+)?(?:[A-ZÄÖÜ][a-zäöü]+tag|Mittwoch)"
        r"(?:abend)?|\s+in\s+(?:einer|zwei|drei|acht|vierzehn|\d+)\s+(?:Woche|Tage)n?|"
        r"\s+(?:in\s+)?(?:a|one|two|three|\d+)\s+(?:week|day)s?(?:['’]s?\s+time|\s+later)?|"
        r"\s+(?:next|kommende|nächste)\s+(?:week|Woche))?\s*$",
        re.I,
    )
)
"""A day may stand between: `ins Rückspiel am (kommenden) Mittwoch in London`, `the return
next Thursday at Old Trafford`; or a span of days: `vor dem Rückspiel in einer Woche im
Emirates Stadium`, `the return leg in a week's time at Anfield`."""
_LEG_GROUND = Folded(
    re.compile(
        r"\b(?:(?P<one>first[- ]leg|opening leg|\w*hinspiel\w*)|"
        r"(?P<two>second[- ]leg|return (?:leg|match)|(?:the|\w+['’]s) return|\w*rückspiel\w*))"
        r"\s(?:at|in|bei|beim|im)\s+$",
        re.I,
    )
)


def other_legs_ground(text: str, at: int, leg: int | None) -> bool:
    """Whether the team named at `at` as a ground (`a 3-1 lead from the first leg into
    Thursday's return in Madrid`) follows a leg word naming a leg other than `leg`,
    a result's known leg."""
    if leg is None:
        return False
    found = _LEG_GROUND.search(text, max(0, at - 30), at)
    return found is not None and (1 if found.group("one") else 2) != leg


def other_legs_place(text: str, at: int, leg: int | None) -> bool:
    """Whether the place cue at `at` (its preposition) follows a leg word naming a
    leg other than `leg`."""
    found = _LEG_BEFORE.search(text, max(0, at - 50), at)
    if found is None:
        return False
    return (1 if found.group("one") else 2) != leg


_LEG_AFTER = re.compile(
    r"\s+(?:das|the)\s+(?:(?P<one>\w*[Hh]inspiel\w*|first[- ]leg)|"
    r"(?P<two>\w*[Rr]ückspiel\w*|second[- ]leg|return(?:[- ]leg)?))\b"
)


def before_other_leg(text: str, end: int, leg: int | None) -> bool:
    """Whether a place ending at `end` is the ground of a leg named right after it, other
    than `leg` (`Am Mittwoch steigt im Stadio San Paolo das Rückspiel ...: Das Hinspiel
    hatte Juventus 3:1 gewonnen`)."""
    if leg is None:
        return False
    found = _LEG_AFTER.match(text, end)
    return found is not None and (1 if found.group("one") else 2) != leg


_LEG_BEFORE_DATE = Folded(
    re.compile(
        r"\b(?:(?P<one>first[- ]leg|opening leg|\w*hinspiel\w*)|"
        r"(?P<two>second[- ]leg|return leg|\w*rückspiel\w*))"
        r"(?:\s+(?:in|at|im|in der|bei|beim)\s+[A-ZÄÖÜ][\w'’.-]*(?:\s+[A-ZÄÖÜ][\w'’.-]*){0,2})?"
        r"\s*,?\s*(?:on|am|vom)?\s*$",
        re.I,
    )
)


def legs_date(text: str, at: int) -> int | None:
    """`the first leg in Paris on March 5`, `im Hinspiel am 30. März`: the leg a date
    told right after a leg word belongs to, or None."""
    found = _LEG_BEFORE_DATE.search(text, max(0, at - 45), at)
    if found is None:
        return None
    return 1 if found.group("one") else 2


_DAYS_LEG = re.compile(
    r"[A-Za-zäöüÄÖÜ]+['’]s\s+(?:(?P<one>first[- ]leg|opening leg|opener)|"
    r"(?P<two>second[- ]leg|return(?:\s+(?:leg|match|game|fixture))?|decider))\b",
    re.I,
)


def weekdays_leg(text: str, at: int) -> int | None:
    """`into Wednesday's return`, `ins Rückspiel am Mittwoch`: the leg a weekday at `at`
    is the day of, or None when it names no leg."""
    found = _DAYS_LEG.match(text, at) if "s " in text[at : at + 16] else None
    if found is not None:
        return 1 if found.group("one") else 2
    return legs_date(text, at)


_OWNED_GROUND = re.compile(
    r"\b(?:at|in)\s+(?P<team>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}?)['’]s?\s+"
    r"(?:(?:new|old|own|home|famous|iconic)\s+)?(?:stadium|ground|arena|home)\b"
)


def owned_ground(
    text: str, at_most: int, pair: tuple[str, str], resolver
) -> tuple[int, str] | None:
    """`at Tottenham's new stadium`: (offset, team) of a ground told as one side's."""
    for found in _OWNED_GROUND.finditer(text, 0, at_most):
        teams = resolver.exact(found.group("team")) & set(pair)
        if len(teams) == 1:
            return found.start(), teams.pop()
    return None
