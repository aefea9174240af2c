"""`... den Ausgleich zum 3:3 schaffte. Im Elfmeterschießen gewannen die Gastgeber mit
5:3`: a levelling score told last before a shoot-out is the match's final score, since
only a level match goes to penalties."""

from __future__ import annotations

import re
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


AFTER_TIME = re.compile(
    r"\b(?:nach|after)\s+(?:90|120|neunzig|hundertzwanzig)\s+(?:Minuten|minutes)\b|"
    r"\b(?:nach der Verlängerung|nach Verlängerung|after extra time|"
    r"at the end of extra time|at full[- ]time|after full time|after normal time|"
    r"nach der regulären Spielzeit)\b",
    re.IGNORECASE,
)
"""The state of a match at the end of its time, as told after its shoot-out."""


def level_after_shootout(doc: Document, index: int, readings: list[Reading]) -> list[Reading]:
    """`setzten sich die Münchner gegen den FC Valencia mit 5:4 im Elfmeterschießen durch.
    Nach 120 Minuten hatte es 1:1 (0:1) gestanden.`: a level score after full or extra
    time, in a sentence naming no team right after a shoot-out told with its pair, is
    that pair's match."""
    if index == 0 or not readings or "shootout-only" not in readings[-1].notes:
        return []
    sentence = doc.sentences[index]
    if not AFTER_TIME.search(sentence.text) or participants(doc, sentence):
        return []
    told = [h for h in find_scores(sentence.text, sentence.start) if h.kind != "halftime"]
    if len(told) != 1 or not told[0].draw or told[0].kind not in ("result", "running"):
        return []
    previous = doc.sentences[index - 1]
    shootouts = [r for r in readings if r.sentence is previous and "shootout-only" in r.notes]
    others = [r for r in readings if r.sentence is previous and r not in shootouts]
    if len(shootouts) != 1 or others or not shootouts[0].teams():
        return []
    shoot = shootouts[0]
    hit = replace(told[0], kind="result")
    reading = Reading(sentence, hit, shoot.p, shoot.o, hit.first, hit.second)
    reading.notes.add("level-after-shootout")
    return [reading]
