"""A named group (`in Group C`, `in der Gruppe F`) tells the round a side plays in:
the group stage. Not a side's standing there (`finished top in Group B`, `Sieger der
Gruppe D`, `the Group B winners`), which a knockout report tells of its sides."""

from __future__ import annotations

import re

NAMED_GROUP = r"group [a-h]|gruppe [a-h]"
"""Stage words (lower case) for the round table; `played_in_named_group` vets each."""

_NAMED = re.compile(r"(?:Group|Gruppe) [A-H](?![\w-])")
_IN = re.compile(
    r"\b(?:in|in der|im|(?:\w*[Ss]piel\w*|Partie|opener|game|match|fixture)\s+(?:der|of|in))\s+$"
)
_STANDING = re.compile(
    r"\b(?:top|first|second|third|fourth|bottom|last|finished|finishing|ended|winners?|"
    r"runners?-up|Platz|Rang|Erster|Zweiter|Dritter|Letzter|Tabellenführer|Sieger|"
    r"Gruppensieger|Spitze)\b[^.;,:]{0,20}$",
    re.I,
)


def played_in_named_group(text: str, start: int) -> bool:
    """Whether the named group at `start` is where a side plays (`in Group C`, `das
    Auftaktspiel der Gruppe C`, `the opener of Group B`), not its
    standing (`second in Group C`) nor a label of a side (`the Group B winners`)."""
    if not _NAMED.match(text, start):
        return False
    if not _IN.search(text, max(0, start - 30), start):
        return False
    return not _STANDING.search(text, max(0, start - 40), start)
