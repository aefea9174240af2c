"""`Sechs Wochen nach dem historischen 6:1 gegen Paris`, `two weeks after the 4-0 rout of
Milan`: a score told as the point a span of time is counted from is an earlier game,
so it gets no date, leg or stage from the sentence and is not the story's match."""

from __future__ import annotations

import re

_SPAN_AFTER = re.compile(
    r"\b(?:(?:\w+|ein(?:e|em|en)?)\s+(?:Wochen?|Monaten?|Tagen?|Jahren?)|"
    r"(?:\w+|a|an)\s+(?:weeks?|months?|days?|years?))\s+(?:nach|after)\s+"
    r"(?:dem|der|einem|einer|the|their|its|his|her|a)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def mark_span_after(sentence, readings) -> None:
    """Note each result told as the start of a span (`Wochen nach dem 6:1`): an earlier
    game of the same season (not `earlier`, which moves the season back)."""
    text = sentence.text
    if " nach " not in text and " after " not in text:
        return
    for r in readings:
        at = r.hit.start - sentence.start
        if _SPAN_AFTER.search(text, max(0, at - 60), at):
            r.notes.add("span-after")
