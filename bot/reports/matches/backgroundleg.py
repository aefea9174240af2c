"""`Nach dem 2:1-Sieg im Hinspiel stand es in der Addition 4:4`: a first leg told as
what came before is not the match the story is about, so the story's ground (a stadium
near the top, the dateline's town) is not that leg's ground."""

from __future__ import annotations

import re

_BEFORE = re.compile(
    r"\b(?:nach (?:dem|einem|ihrem|seinem)|after (?:the|their|its|his|a|an)|"
    r"following (?:the|their|its|a|an)|on the back of (?:the|their|its|a|an))\s+"
    r"(?:\S+\s+){0,4}?(?:(?:im|in the)\s+)?(?:\w*hinspiel\w*|first[- ]leg)\b",
    re.I,
)


def background_first_leg(main) -> bool:
    """Whether the main reading is a first leg its own clause tells as what came before."""
    if main.leg != 1:
        return False
    found = _BEFORE.search(main.sentence.text)
    at = main.hit.start - main.sentence.start
    return found is not None and found.start() <= at < found.end() + 40


def told_as_before(main_match) -> bool:
    """Whether a first leg stored as the report's main match was told as what came
    before (its sentence says so): the story's own events are not that leg's."""
    return main_match.leg == 1 and _BEFORE.search(main_match.evidence) is not None
