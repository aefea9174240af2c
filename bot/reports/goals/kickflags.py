"""Penalty and own-goal flags checked against the part of the sentence that tells each
goal: a cue by another goal, or one telling only of a saved or missed kick, is no flag."""

from __future__ import annotations

import re

from bot.facts import Goal
from bot.reports.goals.cues import OWN_GOALS_LISTED
from bot.reports.patterns.keyed import lower_exact
from bot.reports.text.document import Sentence
from bot.reports.text.holdsany import holds_any

_PENALTY = re.compile(
    r"\bpenalty\b(?!\s+(?:shoot-?out|area|box|appeal|claim|call|shout)s?\b)|\bspot[- ]kick|"
    r"\bfrom the (?:penalty )?spot\b|\bpen\.|Strafsto(?:ß|ss)|Foulelfmeter|Handelfmeter|"
    r"Elfmeter(?!schie)|(?-i:\bFE\b)|vom Punkt|(?<=\()Pen\b",
    re.I,
)
_OWN_GOAL = re.compile(
    r"\bown[- ]goal|\bown net\b|\binto his own\b|\bpast his own\b|Eigentor|"
    r"eigene[ns]? (?:Tor|Netz|Kasten)|(?-i:\bET\b)",
    re.I,
)
_FAILED_KICK = re.compile(
    r"\b(?:saved|saves|save|missed|misses|miss|parried|stopped|denied|blocked|hit the "
    r"(?:post|bar|crossbar)|struck the (?:post|bar|crossbar)|wide|over the bar|rebound|"
    r"follow-up|gehalten|hielt|hält|pariert\w*|verschoss\w*|verschießt|vergab|vergibt|"
    r"vergeben|abgewehrt|Nachschuss|Abpraller|scheitert\w*)\b",
    re.I,
)
_CONVERTED = re.compile(
    r"\b(?:convert\w*|dispatch\w*|slott\w*|stroke|stroked|smash\w*|rolled|fired home|"
    r"scored|scores|netted|nets|verwandel\w*|versenk\w*|traf|trifft)\b",
    re.I,
)
_REBOUND = re.compile(r"\b(?:rebound|follow-up|Nachschuss|Abpraller|abgestaubt|staubte)", re.I)
_SHOOTOUT = re.compile(r"shoot-?out|Elfmeterschie|Elfmeterschießen|i\.\s?E\.", re.I)
CLAUSE_END = re.compile(
    r";\s|\s[–—]\s|,\s+(?:and|und|but|aber|doch|while|während|whereas|ehe|bevor|before|"
    r"sodass|so that)\s|\s(?:and|und)\s+(?=(?:in|im|then|dann|kurz|nach|after|"
    r"later|später)\b)",
    re.I,
)
_WINDOW = 60


def move_penalty(text: str, anchors: list, regions: list[tuple]) -> None:
    """One goal's part holds the only kick cue, yet the flag sits on another goal."""
    parts = [text[lo:hi] for lo, hi in regions]
    cued = [i for i, part in enumerate(parts) if _kicks(part) and not _only_failed(part)]
    flagged = [i for i, a in enumerate(anchors) if a.goal.penalty]
    if len(cued) == 1 and flagged and cued[0] not in flagged:
        anchors[cued[0]].goal.penalty = True


def check_flags(text: str, sentence: Sentence, goal: Goal, region, shared: bool) -> None:
    """Keep a flag only where its cue stands in this goal's part of the sentence."""
    whole = text[sentence.start : sentence.end]
    part = text[region[0] : region[1]]
    if goal.penalty and _kicks(whole):
        if not _kicks(part) and (shared or _only_failed(whole)):
            goal.penalty = False
        elif _kicks(part) and _only_failed(part):
            goal.penalty = False
    if goal.own_goal and shared and _OWN_GOAL.search(whole) and not _OWN_GOAL.search(part):
        goal.own_goal = bool(OWN_GOALS_LISTED.search(text[sentence.start : region[0]]))


def _kicks(part: str) -> bool:
    start = _penalty_start(part) if _may_kick(part) else None
    return start is not None and _PENALTY.search(part, start) is not None


_PENALTY_FROM = re.compile(
    r"pen|spot|from the|strafsto|foulelfmeter|handelfmeter|elfmeter|fe|vom punkt"
)
"""Where a `_PENALTY` match may start, in `lower_exact` text: each of its alternatives opens
there with one of these, lower-cased (`lower_exact` is None where re.I could fold another
letter onto one of theirs). The first of these is no later than `_PENALTY`'s first match,
and none of its matches starts before it: searched from there, `_PENALTY` finds the same
matches, several times faster than across the whole part."""


def _penalty_start(part: str) -> int | None:
    """Where `_PENALTY` may first match in `part` (None: nowhere)."""
    low = lower_exact(part)
    if low is None:
        return 0
    first = _PENALTY_FROM.search(low)
    return None if first is None else first.start()


_KICK_KEYS = ("pen", "spot", "strafsto", "elfmeter", "vom punkt")


def _may_kick(text: str) -> bool:
    """Whether `_PENALTY` can match at all: each of its matches holds one of the keys
    lower-cased, or "FE" as it stands; re.I also folds ı and ſ, so text with those is
    always searched."""
    if "FE" in text:
        return True
    low = text.lower()
    if holds_any(low, _KICK_KEYS):
        return True
    return not low.isascii() and ("ı" in low or "ſ" in low)


def _only_failed(part: str) -> bool:
    """Every penalty cue here tells of a saved or missed kick, or of the shoot-out: a
    failure word in the cue's clause, and no conversion said before the cue."""
    start = _penalty_start(part) if _may_kick(part) else None
    if start is None:
        return True
    ends = [(m.start(), m.end()) for m in CLAUSE_END.finditer(part)]
    for cue in _PENALTY.finditer(part, start):
        lo = max([e for s, e in ends if e <= cue.start()], default=0)
        hi = min([s for s, e in ends if s >= cue.end()], default=len(part))
        before = part[max(lo, cue.start() - _WINDOW) : cue.start()]
        near = before + part[cue.start() : min(hi, cue.end() + _WINDOW)]
        if _SHOOTOUT.search(near):
            continue
        if _REBOUND.search(near):
            continue
        if _CONVERTED.search(before) or not _FAILED_KICK.search(near):
            return False
    return True
