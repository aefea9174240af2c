"""`... den Ausgleich zum 3:3 schaffte. Im Elfmeterschießen gewannen die Gastgeber mit
5:3`: a levelling score told last before a shoot-out is the match's final score, since
only a level match goes to penalties."""

from __future__ import annotations

from dataclasses import replace

from bot.reports.matches.reading import Reading, participants
from bot.reports.matches.scores import find_scores
from bot.reports.text.document import Document


def level_before_shootout(doc: Document, index: int, state, resolver) -> list[Reading]:
    sentence = doc.sentences[index]
    hits = find_scores(sentence.text, sentence.start)
    if not hits:
        return []
    told = [h for h in hits if h.kind != "shootout"]
    if not told or told[-1].kind != "running" or not told[-1].draw:
        return []
    from bot.reports.matches.results import _orient

    last = told[-1]
    if not _shootout_next(doc, index, last.end):
        return []
    hit = replace(last, kind="result")
    reading = _orient(doc, sentence, hit, participants(doc, sentence), state, resolver)
    if reading is None or reading.context_filled:
        return []
    reading.notes.add("level-before-shootout")
    return [reading]


def _shootout_next(doc: Document, index: int, after: int) -> bool:
    """A shoot-out score right after `after`: later in the sentence or first in the next."""
    sentence = doc.sentences[index]
    later = [h for h in find_scores(sentence.text, sentence.start) if h.start > after]
    if later:
        return later[0].kind == "shootout"
    if index + 1 >= len(doc.sentences):
        return False
    following = doc.sentences[index + 1]
    hits = find_scores(following.text, following.start)
    return bool(hits) and hits[0].kind == "shootout"
