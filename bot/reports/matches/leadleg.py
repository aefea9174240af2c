"""The leg an opening sentence names before the main result's score is given (`im
Achtelfinal-Hinspiel`, `in the first leg`), unless it names another result's leg."""

from __future__ import annotations

import re

from bot.reports.matches import cues
from bot.reports.matches.aheaddates import game_ahead
from bot.reports.matches.legcues import RESULT_IN_LEG
from bot.reports.matches.reading import Reading
from bot.reports.text.document import Document

_RESULT_VERB = re.compile(
    r"\b(?:gewonnen|verloren|gewann|verlor|won|lost|beat|drew|remis|unentschieden)\b", re.I
)
_PAST_LEG = re.compile(
    r"\b(?:from|after|since|nach dem|aus dem|seit dem)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I
)
_IN_LEG = re.compile(r"\b(?:im|in the|in their|in its|beim|in)\s+(?:[\w-]+\s+){0,2}$", re.I)


_DIGIT_PAIR = re.compile(r"\d[-:]\d")


def lead_leg(doc: Document, main: Reading, main_index: int) -> int | None:
    """`im Achtelfinal-Hinspiel` in an opening sentence, before the score is given (the
    main result stands in sentence `main_index`)."""
    found = set()
    pair = set(main.teams())
    for sentence in doc.sentences[:main_index]:
        named = {m.team for m in doc.mentions_in(sentence) if m.prep != "in"}
        if named - pair or _DIGIT_PAIR.search(sentence.text) or game_ahead(sentence.text):
            continue  # `den Rückstand, den Wolfsburg im Rückspiel aufholen müsste`: to come
        for m in cues.scan(cues.LEG, sentence.text):
            before = sentence.text[: m.start()]
            if RESULT_IN_LEG.search(before):
                continue
            if _IN_LEG.search(before) or (
                _RESULT_VERB.search(sentence.text) and not _PAST_LEG.search(before)
            ):
                found.add(1 if m.group("one") else 2)
    return found.pop() if len(found) == 1 else None
