"""A result box's first-leg line (`FC Chelsea – Borussia Dortmund 2:0 (1:0)` then
`Hinspiel: 0:1 (Dortmund, 15. Februar 2023)`): the first leg of the box's two sides, told
in the box's order, played at the second-named side's ground."""

from __future__ import annotations

import re

from bot.reports.matches.reading import Reading
from bot.reports.matches.scores import ScoreHit

_LINE = re.compile(r"\s*(?:Hinspiel|First leg)\s*:\s*(?P<a>\d{1,2}) ?[:–-] ?(?P<b>\d{1,2})(?!\d)")
_BACK = 2
"""How many sentences back the box's result line may stand."""


def first_leg_line(doc, index: int, readings: list[Reading]) -> list[Reading]:
    """The first leg a `Hinspiel: 0:1` line states, after a box line whose home side is
    named first and that is a second leg (or of no leg yet); else nothing."""
    sentence = doc.sentences[index]
    if "Hinspiel" not in sentence.text and "First leg" not in sentence.text:
        return []  # exact: _LINE is case-sensitive and holds one of the two
    found = _LINE.match(sentence.text)
    if found is None or not readings:
        return []
    box = readings[-1]
    if "listing" not in box.notes or box.home != box.p or box.leg == 1 or not box.teams():
        return []
    box_index = doc.index_of(box.sentence)
    if not 0 < index - box_index <= _BACK:
        return []
    a, b = int(found.group("a")), int(found.group("b"))
    start = sentence.start + found.start("a")
    hit = ScoreHit(start, sentence.start + found.end("b"), a, b, "result")
    first = Reading(sentence, hit, box.p, box.o, a, b, leg=1)
    first.home = box.o
    first.stage = box.stage
    box.leg = 2
    return [first]
