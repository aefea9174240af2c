"""`Zum Auftakt hatte Italien in Hannover Ghana mit 2:0 besiegt`, `Im zweiten Spiel des
zweiten Spieltags unterlag Tschechien Ghana`: in a story about a group game of a
national-team tournament, another result told by its matchday is a game of that group
stage too (a knockout round has no matchdays)."""

from __future__ import annotations

import re

from bot.reports.matches.reading import Reading
from bot.reports.matches.tournaments import TOURNAMENTS
from bot.reports.text.holdsany import holds_any

_MATCHDAY = re.compile(
    r"\b(?:\w*Spieltag\w*|Zum Auftakt|zum Turnierauftakt|Auftaktspiel\w*|"
    r"(?:ersten|zweiten|dritten) Gruppenspiel\w*|matchday|(?:opening|first|second|third) "
    r"group (?:game|match)|in (?:their|its) (?:opening|first) game)\b",
    re.IGNORECASE,
)
_KEYS = ("spieltag", "auftakt", "gruppenspiel", "matchday", "group game", "group match",
         "opening game", "first game")  # fmt: skip


def group_day(r: Reading, main: Reading | None, comp: str | None, main_comp: str | None):
    """`group` for a result told by its matchday beside a group game of the same
    tournament, else None."""
    if main is None or r is main or main.stage != "group" or r.leg is not None:
        return None
    if comp not in TOURNAMENTS or comp != main_comp:
        return None
    text = r.sentence.text
    low = text.lower()
    if not holds_any(low, _KEYS):
        return None
    return "group" if _MATCHDAY.search(text) else None
