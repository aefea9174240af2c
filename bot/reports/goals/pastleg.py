"""A first leg the text names only as the past (`nach einem 1:4 im Hinspiel`) is not the
match the report tells: goals told in prose belong to the unread later leg."""

from __future__ import annotations

import re

from bot.facts import Match

_PAST_LEG = re.compile(
    r"\b(?:nach (?:dem|einem)|after (?:the|a|their|its)|following (?:the|a|their|its))\s+"
    r"(\d{1,2})\s?[:-]\s?(\d{1,2})(?:[- ]\w+)?\s+(?:\w+\s+){0,2}?"
    r"(?:im Hinspiel|aus dem Hinspiel|in the first leg|first[- ]leg\b)",
    re.I,
)


def told_as_past_leg(text: str, main: Match) -> bool:
    """`Deportivo warf Milan raus – nach einem 1:4 im Hinspiel`: the main match read is
    a first leg whose score the text gives only as what came before, so the story's own
    match (the return leg) went unread and its goals must not land on the first leg."""
    if main.leg != 1 or main.score is None:
        return False
    if "Hinspiel" not in text and "leg" not in text:
        return False
    score = tuple(main.score)
    for found in _PAST_LEG.finditer(text):
        told = (int(found.group(1)), int(found.group(2)))
        if told in (score, score[::-1]):
            return True
    return False
