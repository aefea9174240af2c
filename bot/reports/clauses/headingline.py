"""A result line standing alone as a heading (`Wales 1, Northern Ireland 0`, `Bayern -
Dortmund 2:1 n.V.`): the paragraph under it tells of that match, as round-ups do, even
where its first clause names only the ground (`At Lyon, ...`) or no team at all."""

from __future__ import annotations

import re

from bot.reports.clauses.dateline import own_line_end
from bot.reports.clauses.pairing import MAIN, OTHER
from bot.reports.clauses.targets import mentions_in_span

_LEFT = re.compile(
    r"(?:aet|a\.e\.t\.?|pens?|penalties|on|won|wins?|after|extra|time|vs?|n\.\s?V|i\.\s?E|nach|"
    r"Verlängerung|Elfmeterschießen|im|aggregate|agg)\b",
)
"""The words a result line may hold besides its teams and numbers, `(Inter win 3-1 on
aggregate)` among them."""
_WORD = re.compile(r"[^\W\d_]+")
_PLACE = re.compile(r"\([A-Z][\w'’.-]*(?:[ -][A-Za-z][\w'’.-]*){0,3}\)$")
_DIGIT = re.compile(r"\d")
"""The ground or town in brackets that ends a result line (`Germany 0, Mexico 1 (Moscow)`,
`(Rostov-on-Don)`)."""


def heading_target(doc, scene) -> str | None:
    """The match a one-line paragraph that is nothing but a result is about, else None."""
    sentence = scene.sentence
    text = doc.text
    end = own_line_end(text, sentence)
    if end is None:
        return None
    if (
        sentence.end < end - 1
        or end - sentence.start > 100
        or not _DIGIT.search(text[sentence.start : end])
    ):
        return None
    place = _PLACE.search(text, sentence.start, end) if text[end - 1 : end] == ")" else None
    end = place.start() if place else end
    mentions = mentions_in_span(doc, sentence.start, end)
    if len({m.team for m in mentions}) < 2:
        return None
    rest, at = [], sentence.start
    for mention in mentions:
        rest.append(text[at : mention.start])
        at = max(at, mention.end)
    rest.append(text[at:end])
    if any(not _LEFT.fullmatch(w) for w in _WORD.findall(" ".join(rest))):
        return None
    targets = {c.target for c in scene.clauses if c.target == MAIN or c.target.startswith(OTHER)}
    return targets.pop() if len(targets) == 1 else None
