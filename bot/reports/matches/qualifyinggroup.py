"""A qualifying competition's games in a story of its group standings are group
games, not a play-off's legs: `verlor ihr WM-Qualifikationsspiel gegen England ... Das
Hinspiel ... nach dem 1:0 ... Noch liegt Deutschland in der Tabelle vorn`. Their home
and away games make no two-legged tie. A play-off story names the play-off at its
start (`im Relegations-Rückspiel`, `the second leg of their playoff`)."""

from __future__ import annotations

import re

from bot.reports.text.document import Document

_STANDINGS = re.compile(
    r"\b(?:Gruppensieger\w*|Gruppenzweite\w*|Gruppenerste\w*|Gruppenplatz|"
    r"(?:Tabelle|Spitze) der (?:Quali(?:fikations)?-?)?Gruppe|Qualifikationsgruppe|Quali-Gruppe|"
    r"(?:qualifying|qualification) group|group (?:winners?|leaders?|table)|"
    r"top of (?:the |their )?group)\b",
    re.I,
)
"""Words of a group's standings; a league's (`Final standings`, `Tabelle`) are not
enough: South America's qualifying is one league."""
_GROUP_NAMED = re.compile(r"\b(?:Gruppe|Group) [A-L]\b(?![\w'’-])")
"""`im vierten Spiel der Gruppe C`, `Group F leaders`: a lettered group, named so."""
_PLAY_OFF = re.compile(r"\b(?:play-?offs?|Relegation\w*|barrage\w*|Entscheidungsspiel\w*)", re.I)
_OPENING = 3


def qualifying_group(doc: Document, comp: str | None) -> bool:
    """Whether a game of the qualifying competition `comp` is a group game: the text
    names a group's standings and its opening names no play-off."""
    if comp is None or "qualif" not in comp.lower():
        return False
    found = doc.cache.get("qualifying-group")
    if found is None:
        opening = " ".join(s.text for s in doc.sentences[:_OPENING])
        named = _STANDINGS.search(doc.text) or _GROUP_NAMED.search(doc.text)
        found = bool(named) and not _PLAY_OFF.search(opening)
        doc.cache["qualifying-group"] = found
    return found
