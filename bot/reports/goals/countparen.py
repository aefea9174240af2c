"""`Tore: Kane (2), Musiala.`, `Scorers: Saka (2), Havertz.`: in a scorer list a small
bare number in brackets counts the player's goals; it is no minute. German writes a
minute with its dot (`Kane (2.)`), so there a bare `(2)` is always a count; in English
`Saka (14)` is a minute, and `(2)` is taken for a count only where another scorer of the
list has no time at all (a list of minutes would give every scorer one)."""

from __future__ import annotations

import re

from bot.reports.goals.cues import GOALS_LINE

_BARE = re.compile(r"\(\s*[2-5]\s*\)")
_ITEMS = re.compile(r"[,;]|\s+(?:and|und)\s+")


def counted_not_timed(doc, minute) -> bool:
    """The minute is a goal count in brackets in a scorer list."""
    if not minute.paren or not _BARE.fullmatch(doc.text, minute.start, minute.end):
        return False
    sentence = doc.sentence_at(minute.start)
    if sentence is None:
        return False
    head = GOALS_LINE.search(sentence.text) if ":" in sentence.text else None
    if head is None:
        return False
    if doc.lang == "de":
        return True
    items = _ITEMS.split(sentence.text[head.end() :])
    return any(item.strip(" .") and not re.search(r"\d", item) for item in items)
