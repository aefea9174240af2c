"""Competitions named about a side rather than a result told beside them: a league named
for its form (`struggling in the Bundesliga all season`, `der in der Bundesliga kriselnde
BVB`) and what is left of its season (`Chelsea's season is now reduced to the FA Cup`,
`bleibt nur noch der DFB-Pokal`)."""

from __future__ import annotations

import re

from bot.reports.text.holdsany import holds_any

_FORM_BEFORE = re.compile(
    r"\b(?:struggl\w*|unbeaten|winless|flounder\w*|stumbl\w*|labou?r\w*|"
    r"(?:fighting|battling|threatened by|facing) relegation|out of form|"
    r"in (?:poor|bad|good|fine|great|dreadful|miserable) form)\s+(?:\w+\s+){0,2}?"
    r"in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FORM_AFTER = re.compile(
    r"\s+(?:kriselnd\w*|abstiegsbedroht\w*|strauchelnd\w*|ungeschlagen\w*|sieglos\w*|"
    r"taumelnd\w*|schwächelnd\w*)\b",
    re.IGNORECASE,
)
_KEYS = (
    "struggl", "unbeaten", "winless", "flounder", "stumbl", "labo", "relegation", "form",
    "kriseln", "abstiegsbedroht", "strauchel", "ungeschlagen", "sieglos", "taumel", "schwächel",
)  # fmt: skip


def named_for_form(text: str, start: int, end: int) -> bool:
    """Whether the league named at text[start:end] tells a side's form."""
    if not holds_any(text[max(0, start - 50) : end + 20].lower(), _KEYS):
        return False
    return bool(
        _FORM_BEFORE.search(text, max(0, start - 50), start) or _FORM_AFTER.match(text, end)
    )


_LEFT_BEFORE = re.compile(
    r"\b(?:reduced to|left with|down to|(?:all|what)(?: that)? (?:is |was )?left (?:is|was)|"
    r"(?:bleibt|bleiben) (?:nur noch|noch|nur)|nur noch (?:im|in der|den|die|das))"
    r"\s+(?:the\s+|der\s+|die\s+|das\s+|den\s+)?$",
    re.IGNORECASE,
)
_LEFT_KEYS = ("reduced", "left", "down to", "bleib", "nur noch")


def left_to_play(text: str, start: int) -> bool:
    """Whether the competition named at `start` is what is left of a side's season."""
    window = text[max(0, start - 40) : start].lower()
    return holds_any(window, _LEFT_KEYS) and bool(
        _LEFT_BEFORE.search(text, max(0, start - 40), start)
    )
