"""A result carried into the second leg (`Mit dem 2:0 geht der FC Bayern ins Rückspiel in
Rom`, `Bayern take a 2-0 lead into the second leg in Rome`) is the first leg's: the leg
word names the leg still to come, and a place after it is that leg's ground, not the
score's."""

from __future__ import annotations

import re

from bot.reports.patterns.keyed import lowered

_GOES = (
    r"(?:geht|gehen|ging|gingen|reist|reisen|reiste|reisten|fährt|fahren|startet|starten|"
    r"tritt|treten)"
)
_CARRIED_DE = r"[Mm]it (?:dem|einem) (?P<score>\d{1,2}:\d{1,2})(?:-[A-Za-zÄÖÜäöüß]+)?"
_INTO_LEG = r"[^.;]{0,80}?\b(?P<leg>(?:ins|in das|zum) Rückspiel)"
_INTO_DE = re.compile(
    r"\b"
    + _CARRIED_DE
    + r"(?: im Rücken| aus dem Hinspiel)?\s+(?:[\w.-]+\s+){0,6}?"
    + _GOES
    + r"\b"
    + _INTO_LEG
)
_GOES_WITH_DE = re.compile(r"\b" + _GOES + r"\s+(?:[\w.-]+\s+){0,4}?" + _CARRIED_DE + _INTO_LEG)
_INTO_EN = re.compile(
    r"\b(?:take|takes|took|taking|carry|carries|carried|carrying|head|heads|headed|heading)"
    r"\s+(?:a|an|the|their|its)\s+(?P<score>\d{1,2}-\d{1,2})\s+(?:lead|advantage|cushion|"
    r"deficit)\s+(?:in)?to\s+(?:the\s+|next\s+week's\s+|\w+day's\s+)?"
    r"(?P<leg>second leg|return leg|return)\b",
    re.I,
)


def carried_into(text: str, base: int) -> tuple[tuple[int, int], ...]:
    """(document offset of each carried score, document offset where its leg word ends).

    Asked of one sentence by several steps in turn (the readings, each place cue, the
    ground): the last answer is kept, as it depends on nothing but `text` and `base`."""
    if _last[0] == text and _last[1] == base:
        return _last[2]
    out = []
    for pattern in (_INTO_DE, _GOES_WITH_DE, _INTO_EN):
        if pattern is not _INTO_EN:
            if "Rückspiel" not in text:
                continue
        elif not _may_leg_en(text):
            continue
        for m in pattern.finditer(text):
            out.append((base + m.start("score"), base + m.end("leg")))
    _last[:] = [text, base, tuple(out)]
    return _last[2]


_last: list = [None, 0, ()]


def _may_leg_en(text: str) -> bool:
    """Whether `_INTO_EN` may match: its leg word (`second leg|return leg|return`) holds
    "return" or "cond leg" in any case. Exact: re.I folds none of these letters onto
    anything but their ASCII capital (unlike s or k), which lower() maps back."""
    low = lowered(text)
    return "return" in low or "cond leg" in low


def mark_carried_into(text: str, base: int, readings) -> None:
    """Make each result carried into the second leg the first leg."""
    for at, _ in carried_into(text, base):
        for r in readings:
            if r.hit.start == at:
                r.leg = 1


def into_later_leg(text: str, at: int, reading, base: int) -> bool:
    """Whether the place at sentence offset `at` comes after the leg word of this
    reading's score carried into the second leg (`... ins Rückspiel in Rom`)."""
    if reading.leg != 1:
        return False
    return any(
        score == reading.hit.start and base + at >= leg_end
        for score, leg_end in carried_into(text, base)
    )


def carried_into_home(doc, sentence, readings, resolver) -> None:
    """`geht mit einem 2:0 aus dem Hinspiel in das Rückspiel am Mittwoch in München`: the
    ground told after the leg word is the second leg's, so the carried first leg was
    played at the other side's."""
    carried = carried_into(sentence.text, sentence.start)
    if not carried:
        return
    from bot.reports.matches.cues import AT_PLACE
    from bot.reports.names.venues import home_by_place

    for at, leg_end in carried:
        for r in readings:
            if r.hit.start != at or r.leg != 1 or not r.teams():
                continue
            later = AT_PLACE.search(doc.text, leg_end, sentence.end)
            host = home_by_place(later.group("place"), r.teams(), resolver) if later else None
            if host in r.teams():
                r.home = r.o if host == r.p else r.p
