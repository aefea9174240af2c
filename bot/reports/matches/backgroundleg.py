"""`Nach dem 2:1-Sieg im Hinspiel stand es in der Addition 4:4`: a first leg told as
what came before is not the match the story is about, so the story's ground (a stadium
near the top, the dateline's town) is not that leg's ground."""

from __future__ import annotations

import re

from bot.reports.matches.carriedlead import carried_first_leg

_BEFORE = re.compile(
    r"\b(?:nach (?:dem|einem|ihrem|seinem)|after (?:the|their|its|his|a|an)|"
    r"following (?:the|their|its|a|an)|on the back of (?:the|their|its|a|an))\s+"
    r"(?:\S+\s+){0,4}?(?:(?:im|in the)\s+)?(?:\w*hinspiel\w*|first[- ]leg)\b",
    re.I,
)


_OVERTURNED = re.compile(
    r"\b(?:overturn\w*|overc[oa]m\w*|wip(?:e|ed|es|ing) out|eras\w+|"
    r"turn(?:ed|ing|s)? (?:round|around)|recover\w* from)\s+(?:a|an|the|their|its)\s+$",
    re.I,
)
"""`to overturn a 2-0 defeat from the first leg`: the leg the story's match made up for."""
_WEEKS_BACK = re.compile(
    r"\b(?:vor (?:einer|zwei|drei|vier|\d) Wochen?|(?:a|one|two|three|four|\d) weeks? ago)\b",
    re.I,
)
_HAD = re.compile(r"\b(?:hatten?|had)\b")
_AFTER_HAD = re.compile(r"\b(?:after|nachdem)\s[^,;]*?\b(?:had|hatten?)\b[^,;]*")
"""`... at Stamford Bridge after Napoli had won the first leg 3-1`, `nachdem Neapel das
Hinspiel 3:1 gewonnen hatte`: a first leg told in a pluperfect `after` clause came before."""


def background_first_leg(main) -> bool:
    """Whether the main reading is a first leg its own clause tells as what came before:
    `nach dem 1:0 im Hinspiel`, `to overturn a 2-0 defeat from the first leg`, or in the
    pluperfect weeks back (`Das Hinspiel vor zwei Wochen hatten die Salzburger 0:1
    verloren`)."""
    if main.leg != 1:
        return False
    text = main.sentence.text
    found = _BEFORE.search(text)
    at = main.hit.start - main.sentence.start
    if found is not None and found.start() <= at < found.end() + 40:
        return True
    if _OVERTURNED.search(text, max(0, at - 40), at) or carried_first_leg(text, at):
        return True
    if ("after" in text or "nachdem" in text) and any(
        m.start() < at < m.end() for m in _AFTER_HAD.finditer(text)
    ):
        return True
    return _WEEKS_BACK.search(text) is not None and _HAD.search(text) is not None


def overturned(text: str, at: int) -> bool:
    """`Steaua, who overturned a 1-0 defeat in Brussels by beating Anderlecht 3-0 on the
    same night`: the score at `at` is a deficit made up for, a game before the day told."""
    return _OVERTURNED.search(text, max(0, at - 40), at) is not None


def told_as_before(main_match) -> bool:
    """Whether a first leg stored as the report's main match was told as what came
    before (its sentence says so): the story's own events are not that leg's."""
    return main_match.leg == 1 and _BEFORE.search(main_match.evidence) is not None
