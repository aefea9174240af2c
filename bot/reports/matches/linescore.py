"""A box score's line score (`New York City FC 1 0 0 0 - 1` over `Portland 0 1 0 0 - 1`):
two lines, one per team, goals per period and the total after a dash. It states the
final score of the report's own match, but not which side was at home."""

from __future__ import annotations

import re

from bot.reports.matches.reading import Reading
from bot.reports.matches.scores import ScoreHit
from bot.reports.text.document import Document

_LINE = re.compile(r"^(?:\d{1,2} ){1,5}[-–—] (\d{1,2})$")


def line_score(doc: Document, index: int) -> Reading | None:
    """The result a line score ending at sentence `index` states, or None."""
    if index == 0 or not doc.sentences[index].text.rstrip()[-1:].isdigit():
        return None  # a row ends in its total
    first, second = doc.sentences[index - 1], doc.sentences[index]
    upper, lower = _row(doc, first), _row(doc, second)
    if upper is None or lower is None or upper[0] == lower[0]:
        return None
    if _periods(first.text) != _periods(second.text):
        return None
    hit = ScoreHit(second.start, second.start + 1, upper[1], lower[1], "result")
    reading = Reading(second, hit, upper[0], lower[0], upper[1], lower[1], strength=3)
    reading.notes.add("linescore")
    return reading


def _row(doc: Document, sentence) -> tuple[str, int] | None:
    mentions = doc.mentions_in(sentence)
    if len(mentions) != 1 or mentions[0].start != sentence.start:
        return None
    rest = doc.text[mentions[0].end : sentence.end].strip()
    found = _LINE.match(rest)
    if not found:
        return None
    periods = [int(x) for x in rest.split()[:-2]]
    total = int(found.group(1))
    if sum(periods) != total:
        return None
    return mentions[0].team, total


def _periods(text: str) -> int:
    return len(re.findall(r"\b\d{1,2}\b", text)) - 1
