"""`Schweden reist nach dem 1:0 in Solna mit einem Vorsprung zum Rückspiel nach Mailand`,
`Celtic take a 2-0 win into the second leg`: a second leg told as where a side goes
next is the leg to come, so a result the sentence tells beside it is the first leg."""

from __future__ import annotations

import re

from bot.reports.matches import cues

_AHEAD = re.compile(
    r"\b(?:zum|ins|in das|vor dem|for the|into the|ahead of the|before the|"
    r"(?:muss|müssen|must|needs? to|has to|have to)\s+(?:\w+\s+)?(?:im|in the)|"
    r"(?:play|plays|host|hosts|will play|will host) the|(?:bestreitet|bestreiten) das)\s+$",
    re.I,
)
_LATER = re.compile(
    r"\s+(?:(?:am\s+)?(?:kommende[nr]?|nächste[nr]?)\s+(?:Woche|\w+tag)|next\s+(?:week|\w+day)|"
    r"in\s+(?:einer|zwei|a|one|two)\s+(?:Woche|weeks?)n?)\b",
    re.I,
)
"""`muss im Rückspiel kommende Woche ein Wunder schaffen`, `the second leg next week`: a
leg still to come, by a modal verb before it or a time ahead after it."""
_NEXT_SCORE = re.compile(r"[^,.;:–]*?\d{1,2}\s?[-:–]\s?\d{1,2}")
_SCORE_START = re.compile(r"\d{1,2}\s?[-:–]\s?\d{1,2}$")
_AFTER = re.compile(r"\b(?:after|following|nach)\s+(?:(?:a|an|the|their|its|dem|einem)\s+)?$", re.I)
"""`plays the second leg on Wednesday after a 0-0 draw in Spain`: a score told as what
came before is no score of the leg to come."""


def leg_ahead(text: str, start: int, end: int) -> bool:
    """Whether the leg word at start..end is the leg a side goes into next (no score of
    its own follows in its clause: `into the second leg, which ended 1-1` tells one)."""
    if not _AHEAD.search(text, max(0, start - 24), start) and not _LATER.match(text, end):
        return False
    score = _NEXT_SCORE.match(text, end)
    if score is None:
        return True
    digits = _SCORE_START.search(score.group())
    at = end + digits.start() if digits else score.end()
    return _AFTER.search(text, max(end, at - 20), at) is not None


def day_of_leg_ahead(text: str, day_at: int, score_at: int) -> bool:
    """`plays the second leg on Wednesday after a 0-0 draw`: a day told after the leg to
    come, before a score told as what came before, is that leg's, not the score's."""
    if not day_at < score_at or not _AFTER.search(text, max(day_at, score_at - 20), score_at):
        return False
    return any(
        m.end() <= day_at and leg_ahead(text, m.start(), m.end())
        for m in cues.scan(cues.LEG, text[:day_at])
    )
