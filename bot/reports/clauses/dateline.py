"""`Spain 1, Portugal 0` / `Tuesday, Cape Town` / the match's story: a results box whose
heading has a day-and-place line under it. The story under that line is about the
heading's match as it is under a heading alone (a held-out round-up's three stories went to
the first match of the report)."""

from __future__ import annotations

import re

_DAY_PLACE = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch|"
    r"Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)"
    r"(?:,\s*(?:[A-ZÄÖÜ][\w'’.-]*)(?:[ -][A-ZÄÖÜ][\w'’.-]*){0,3})?|"
    r"(?:Hinspiel|First leg|1st leg|Aggregate|Gesamt)\s*:?\s*\d{1,2}\s?[:-]\s?\d{1,2}"
    r"(?:,[^\n]{0,60})?"
)
"""Also a line giving the first leg or the aggregate under a result heading (`Hinspiel
3:2, Manchester mit 7:2 im Viertelfinale`): the story below is still the heading's."""


def own_line_end(text: str, sentence) -> int | None:
    """The end of the line a sentence opens, or None where it opens none."""
    if sentence.start and text[sentence.start - 1] != "\n":
        return None
    end = text.find("\n", sentence.start)
    return len(text) if end < 0 else end


def day_place_line(doc, scene) -> bool:
    """Whether a scene is a paragraph of one line holding only a weekday and a place."""
    sentence = scene.sentence
    text = doc.text
    end = own_line_end(text, sentence)
    if end is None:
        return False
    return sentence.end >= end - 1 and bool(
        _DAY_PLACE.fullmatch(text[sentence.start : end].strip())
    )
