"""A sentence that announces the day's other game of the round without its result (`Auch
das zweite Achtelfinale des Tages ging in die Verlängerung.`, `The day's other quarter-final
was just as tight.`) leads in the result told right after it: that result was played on
the report match's day, in its round."""

from __future__ import annotations

import re

from bot.reports.matches.scores import find_scores
from bot.reports.text.document import Document, Sentence

_LEAD_IN = re.compile(
    r"^\s*(?:Auch\s+|Also\s+)?(?:das|die|the)\s+(?:zweite|andere|other|second)\s+"
    r"(?P<round>Achtelfinale|Viertelfinale|Halbfinale|Spiel|Partie|last-16 tie|tie|"
    r"quarter-?final|semi-?final|game|match)\s+(?:des\s+Tages|des\s+Abends|of\s+the\s+day)\b|"
    r"^\s*(?:Also\s+)?the\s+(?:day|night|evening)['’]s\s+(?:other|second)\s+"
    r"(?P<round2>last-16 tie|tie|quarter-?final|semi-?final|game|match)\b",
    re.I,
)
_ROUNDS = ("achtelfinale", "viertelfinale", "halbfinale", "tie", "last-16 tie")


def lead_in_notes(doc: Document, sentence: Sentence) -> set[str]:
    """`same-day` (and `same-round` where a round or tie is named) for the results of the
    sentence right after such a lead-in; else nothing."""
    index = doc.index_of(sentence)
    if index == 0:
        return set()
    before = doc.sentences[index - 1]
    lead = _LEAD_IN.match(before.text)
    if lead is None or find_scores(before.text, before.start):
        return set()
    if "\n" in doc.text[before.end : sentence.start]:
        return set()
    word = (lead.group("round") or lead.group("round2") or "").lower()
    rounded = word in _ROUNDS or "final" in word
    return {"same-day", "same-round"} if rounded else {"same-day"}
