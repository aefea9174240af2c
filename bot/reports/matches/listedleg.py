"""A results block's leg line under a listed result: `Borussia Dortmund – Real Madrid
2:0 (2:0)` / `Tore: ...` / `Hinspiel: 0:3 – Real Madrid mit 3:2 im Halbfinale`. The
other leg's score is told in the listed pair's order (the listed home side's goals
first) and was played at the other side's ground."""

from __future__ import annotations

import re

from bot.reports.matches.reading import Reading
from bot.reports.matches.scores import ScoreHit
from bot.reports.text.document import Document, Sentence

_LEG_LINE = re.compile(
    r"\s*(Hinspiel|Rückspiel|First leg|Second leg)\s*:\s*(\d{1,2})\s*[:–-]\s*(\d{1,2})\b"
    r"(?!\s*(?:on aggregate|agg|insgesamt|n\.\s?V\.|i\.\s?E\.))",
    re.I,
)
_LOOK_BACK = 3
"""A scorer line or two (`Tore: ...`) may stand between the listed result and its leg."""


def listed_leg(
    doc: Document, index: int, sentence: Sentence, readings: list[Reading]
) -> Reading | None:
    """The other leg a `Hinspiel: a:b` line tells of the result listed just above it."""
    # each match holds a colon, which most sentences do not: a C scan, not a regex call
    found = _LEG_LINE.match(sentence.text) if ":" in sentence.text else None
    if found is None or not readings:
        return None
    listed = readings[-1]
    if "listing" not in listed.notes or listed.leg == 1 or not listed.teams():
        return None
    at = doc.index_of(listed.sentence)
    if not index - _LOOK_BACK <= at < index:
        return None
    first, second = listed.home, (listed.o if listed.home == listed.p else listed.p)
    if listed.home not in (listed.p, listed.o):
        return None
    a, b = int(found.group(2)), int(found.group(3))
    start = sentence.start + found.start(2)
    hit = ScoreHit(start, sentence.start + found.end(3), a, b, "result")
    leg = Reading(sentence, hit, first, second, a, b)
    leg.home, leg.strength = second, 3
    leg.leg = 1 if found.group(1).lower().startswith(("hin", "first")) else 2
    listed.leg = listed.leg or 3 - leg.leg
    leg.notes.add("listed-leg")
    return leg


_FIXTURE_LINE = re.compile(
    r"(?P<a>[^()\n]+?)\s+(?:[–—-]|v|vs\.?)\s+(?P<b>[^()\n]+?)\s+\(\s*(?:Hinspiel|first leg)\s*:?\s*"
    r"(?P<x>\d{1,2})\s*[:–-]\s*(?P<y>\d{1,2})\s*\)\s*$",
    re.I,
)
_SCORE_END = re.compile(r"\d{1,2}\s*[:–-]\s*\d{1,2}\s*$")
"""`Porto – Arsenal 1:2 (Hinspiel 1:0)` is a result with its first leg, not a fixture."""


def fixture_leg(doc: Document, sentence: Sentence) -> Reading | None:
    """`FC Bayern München – Manchester United (Hinspiel 1:1)`: a fixture line of second
    legs to come tells the first leg, in the listed order, at the second side's ground."""
    line = sentence.text.strip()
    # Exact gate: the whole stripped line must match, and the pattern ends `\)\s*$`.
    if not line.endswith(")"):
        return None
    found = _FIXTURE_LINE.fullmatch(line)
    if found is None or _SCORE_END.search(found.group("b")):
        return None
    mentions = [m for m in doc.mentions_in(sentence) if m.prep != "in"]
    if len(mentions) != 2 or mentions[0].team == mentions[1].team:
        return None
    offset = sentence.start + len(sentence.text) - len(sentence.text.lstrip())
    a_end, b_start = offset + found.end("a"), offset + found.start("b")
    if not (mentions[0].start < a_end <= b_start <= mentions[1].start):
        return None
    x, y = int(found.group("x")), int(found.group("y"))
    hit = ScoreHit(offset + found.start("x"), offset + found.end("y"), x, y, "result")
    leg = Reading(sentence, hit, mentions[0].team, mentions[1].team, x, y)
    leg.home, leg.strength, leg.leg = mentions[1].team, 3, 1
    leg.notes.add("listed-leg")
    return leg
