"""`the Euro 2000 finals`, `the World Cup finals`: a national tournament's final phase,
the plural after its name, is no final round (a side that got `into` it won no semi)."""

from __future__ import annotations

import re

_TOURNAMENT_BEFORE = re.compile(
    r"\b(?:Euro(?:pean Championships?)?|World Cup|Nations Cup|Asian Cup|Gold Cup|"
    r"Copa Am[eé]rica|(?:European|World) Championship)(?:\s+(?:19|20)\d\d)?\s+$"
    r"|\b(?:19|20)\d\d\s+(?:Euro(?:pean Championships?)?|World Cup)\s+$",
    re.I,
)
_EVENT_AFTER = re.compile(
    r"\s+(?:run|runs|take place|takes place|begin|begins|start|starts|kick off|kicks off|"
    r"next (?:year|summer)|this summer)\b",
    re.I,
)


def tournament_finals(text: str, start: int, end: int) -> bool:
    """`England scraped into the Euro 2000 finals`, `The finals run from June 10`:
    `finals` right after a tournament's name, or told as an event that runs, is the
    tournament's final phase, not the last round of a knockout."""
    if text[start:end].lower() != "finals":
        return False
    if _EVENT_AFTER.match(text, end):
        return True
    return bool(_TOURNAMENT_BEFORE.search(text, max(0, start - 40), start))


_INTO = re.compile(
    r"\b(?:into|reach\w*|for|to|zur|zum|für die|für das|in die|ins|Sprung zu)\s+"
    r"(?:the\s+|an?\s+|next year's\s+|this summer's\s+|die\s+|das\s+|einer\s+|der\s+)?$",
    re.I,
)
"""`den Sprung zu einer Weltmeisterschaft` too: the tournament a side goes to."""


def named_as_destination(text: str, at: int) -> bool:
    """`scraped into the Euro 2000 finals`, `qualified for the World Cup`, `Ticket für
    die EM`: the tournament a side goes to, not the competition of the game it won or
    lost to get there."""
    return bool(_INTO.search(text, max(0, at - 30), at))
