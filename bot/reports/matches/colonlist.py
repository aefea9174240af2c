"""`Miami have won all six of their games since Messi's arrival: 2-1 against Cruz Azul, 4-0
against Atlanta United and 3-1 against Orlando City, all three at home`, `Bayern gewann
alle drei Spiele: 2:0 gegen Mainz, 3:1 gegen Köln und 1:0 gegen Bochum`: results listed
after a colon, each `score against team`, share the winning verb and subject of the
clause before the colon; a closing `all three at home` gives each its home side."""

from __future__ import annotations

import re

from bot.reports.matches.countedmeetings import counted_meeting
from bot.reports.matches.reading import Reading
from bot.reports.matches.scores import find_scores

_LEAD = re.compile(
    r"\s*(?:(?:have|has|had)\s+(?:now\s+|already\s+)?won|won|gewann(?:en)?|"
    r"(?:hat|hatte|haben|hatten)\s+(?:nun\s+|bereits\s+)?alle)\b[^:;.]*:$"
)
_STAMP = re.compile(
    r"\s*(?:(?:FT|HT|Full[- ]time|Half[- ]time)[.:]?\s+|\d{1,3}(?:\+\d{1,2})?['’]\s+)?"
)
"""A live ticker's stamp opening the entry (`FT.`, `84'`) before the sentence's subject."""
_COLON = re.compile(r":(?<!\d:)(?!\d)")
r"""`(?<!\d):(?!\d)` with the colon first, so that `re` skips to colons (the look-behind
first was tried at every character)."""
_ITEM = re.compile(r"\s+(?:against|gegen)\s+(?:the\s+|den\s+|die\s+|das\s+)?$")
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|und\s+)?|\s+(?:and|und)\s+)")
_AT_HOME = re.compile(
    r",\s+(?:(?:all|alle)\s+(?P<count>two|three|four|five|zwei|drei|vier|fünf)|both|beide)\s+"
    r"(?:at home|zu Hause|daheim)\b"
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5}


def listed_reading(doc, sentence, hit, people) -> Reading | None:
    """A score read as one item of a list whose verb and subject are told once: after a
    counted result (`twice, 4-1 ... and 2-0 ...`) or after a colon."""
    reading = counted_meeting(doc, sentence, hit, people)
    if reading is None and ":" in sentence.text:
        reading = colon_listed(doc, sentence, hit, people)
    return reading


def colon_listed(doc, sentence, hit, people) -> Reading | None:
    """The reading of `hit` as one `score against team` item of a list after a colon."""
    text = sentence.text
    found = _COLON.search(text)
    rel = hit.start - sentence.start
    if found is None or rel < found.start():
        return None
    colon = found.start()
    opener = [m for m in people if m.start < sentence.start + colon]
    if len(opener) != 1 or not _STAMP.fullmatch(text, 0, opener[0].start - sentence.start):
        return None
    subject = opener[0].team
    if not _LEAD.match(text, opener[0].end - sentence.start, colon + 1):
        return None
    items = _items(doc, sentence, colon, people)
    if items is None or hit.start not in items:
        return None
    other = items[hit.start]
    if other == subject or hit.first == hit.second:
        return None
    if doc.lang == "de" and hit.first < hit.second:
        return None  # a German list of wins is told from the winner's side
    reading = Reading(sentence, hit, subject, other, max(hit.first, hit.second),
                      min(hit.first, hit.second))  # fmt: skip
    home = _AT_HOME.search(text, rel)
    if home and _COUNTS.get(home.group("count") or "two") == len(items):
        first = _AT_HOME.search(text, colon)
        if first is not None and first.start() == home.start():
            reading.home = subject
    return reading


def _items(doc, sentence, colon, people) -> dict[int, str] | None:
    """{score start: opponent} of every item after the colon, or None where the words
    after it are not such a list."""
    hits = [h for h in find_scores(sentence.text, sentence.start) if h.kind == "result"]
    hits = [h for h in hits if h.start > sentence.start + colon]
    if len(hits) < 2:
        return None
    items: dict[int, str] = {}
    at = sentence.start + colon + 1
    for h in hits:
        gap = doc.text[at : h.start]
        if at > sentence.start + colon + 1 and not _JOIN.fullmatch(gap):
            break
        if at == sentence.start + colon + 1 and gap.strip():
            return None
        named = [m for m in people if h.end <= m.start <= h.end + 14]
        if not named or not _ITEM.fullmatch(doc.text, h.end, named[0].start):
            break
        items[h.start] = named[0].team
        at = named[0].end
    return items if len(items) >= 2 else None
