"""`Four minutes later Casemiro brought down Suarez in the box and the Uruguayan chipped the
penalty in`: after a relative time, an `and` clause opening on a description (a
nationality or a role) of the player named just before it tells that player's goal, so the
time is his even though another opens the sentence."""

from __future__ import annotations

import re

from bot.reports.goals import cues as goalcues
from bot.reports.goals.backrefs import DESCRIPTOR_ROLES
from bot.reports.goals.describeddoer import NATIONAL_PERSON
from bot.reports.names.players import last_name

_OPENING = re.compile(
    r"\s+(?:and|und)\s+(?:the|der)\s+(?:(?P<national>" + NATIONAL_PERSON + r")|"
    r"(?P<role>[\w-]+))\b(?!\s+(?-i:[A-ZÄÖÜ]))",
    re.I,
)
_GAP = re.compile(r"[^,;.]{0,40}")


def described_scorer(text: str, start: int, end: int, player: str | None, cast, lang) -> bool:
    """Whether text[start:end] (from the relative time on) names `player` and, soon after,
    goes on with `and the <description>` and a goal."""
    if cast is None or not player:
        return False
    key = last_name(player).casefold()
    for person in cast.within(start, end):
        if last_name(cast.full_name(person.name)).casefold() != key:
            continue
        gap = _GAP.match(text, person.end, end)
        for at in range(person.end, gap.end() + 1):
            found = _OPENING.match(text, at, end)
            if found is None:
                continue
            role = found.group("role")
            if not found.group("national") and role.lower() not in DESCRIPTOR_ROLES:
                return False
            rest = text[found.end() : end]
            return goalcues.GOAL[lang].search(rest) is not None
    return False
