"""A round a side only hopes for (`durften weiter auf das Achtelfinale hoffen`, `keep
their hopes of a place in the last 16 alive`) is neither the round played nor one just
reached: it names no stage of the result at all (a group game, here)."""

from __future__ import annotations

import re

from bot.reports.text.holdsany import holds_any

_HOPE_BEFORE = re.compile(
    r"(?:\b(?:hopes?|hoping|dreams?|dreaming)\s+(?:of|for)|"
    r"\b(?:Hoffnung(?:en)?|Traum|Träume|Chancen?|hoffen|träumen)\s+(?:auf|aufs|vom))"
    r"\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
_HOPE_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:hoffen|hoffte|hofften|hofft|erhoffen|erhofft\w*|träumen|träumt|"
    r"träumte|träumten)\b",
    re.IGNORECASE,
)
_KEYS = ("hoff", "hope", "hoping", "dream", "traum", "träum", "chance")


_ASKED_BEFORE = re.compile(r"(?:^|[\s(])(?:ob|whether)\s+[^,.;:!?]{0,60}$", re.IGNORECASE)
"""`Ob es zum zweiten deutschen Finale kommt, entscheidet sich am Mittwoch`, `whether
there will be an all-English final`: a round asked about is still to come."""


def only_hoped_round(text: str, start: int, end: int) -> bool:
    """Whether the round word at text[start:end] is one hoped or dreamt of, or asked
    about."""
    window = text[max(0, start - 60) : end + 30].lower()
    if ("ob " in window or "whether" in window) and _ASKED_BEFORE.search(
        text, max(0, start - 70), start
    ):
        return True
    if not holds_any(window, _KEYS):
        return False
    return bool(
        _HOPE_BEFORE.search(text, max(0, start - 60), start) or _HOPE_AFTER.match(text, end)
    )


_HELD_BEFORE = re.compile(
    r"\b(?:hat|hatte|haben|hatten)\s+(?:[\w-]+\s+){0,4}?das\s+$", re.IGNORECASE
)
_CLAUSE_END = re.compile(r"\s*(?:[.;:!]|$)")


def held_round(text: str, start: int, end: int) -> bool:
    """`und am Ende hatte die deutsche Mannschaft das Halbfinale.`: a round a side has,
    with nothing after it, is the round reached, not the one played (not `hatte das
    Halbfinale 2:1 gewonnen`)."""
    if "hat" not in text[max(0, start - 60) : start].lower():
        return False
    return bool(
        _CLAUSE_END.match(text, end) and _HELD_BEFORE.search(text, max(0, start - 60), start)
    )
