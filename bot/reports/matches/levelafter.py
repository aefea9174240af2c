"""`Der Champions-League-Sieger setzte sich gegen FC Sevilla mit 5:4 im
Elfmeterschießen durch. Nach 90 Minuten hatte es 1:1 gestanden`: a level score told
right after a shoot-out, as the state after 90 or 120 minutes, is that match's score;
its sides are the shoot-out's, the subject told by a noun being the one team the
sentence before that names."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.reports.matches.drawnshootout import AFTER_TIME
from bot.reports.matches.reading import Reading, participants
from bot.reports.matches.scores import find_scores
from bot.reports.text import when
from bot.reports.text.document import Document
from bot.reports.text.holdsany import holds_any

_KEYS = ("90 minut", "120 minut", "regulären spielzeit", "full time", "full-time", "normal time")
_NOUN_SUBJECT = re.compile(r"\s*(?:Der|Die|Das|The)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?=[a-zäöü])")
_NEXT_TO_VERB = re.compile(r"\s+(?:(?:die|der|das|the)\s+)?")
_SUBJECT_WON = re.compile(
    r"\b(?:setzte sich|setzten sich|gewann|gewannen|siegte|siegten|won|beat|prevailed)\b"
)


def level_after_noun_shootout(doc: Document, index: int) -> list[Reading]:
    """The match a level score after a shoot-out told just before completes, or []."""
    sentence = doc.sentences[index]
    low = sentence.text.lower()
    if index < 2 or not holds_any(low, _KEYS) or doc.mentions_in(sentence):
        return []
    if not AFTER_TIME.search(sentence.text):
        return []
    hits = find_scores(sentence.text, sentence.start)
    if len(hits) != 1 or hits[0].first != hits[0].second or hits[0].kind == "shootout":
        return []
    before = doc.sentences[index - 1]
    told = find_scores(before.text, before.start)
    if len(told) != 1 or told[0].kind != "shootout" or told[0].first == told[0].second:
        return []
    pair = _sides(doc, index - 1)
    if pair is None:
        return []
    shoot, level = told[0], hits[0].first
    hit = replace(shoot, kind="result", first=level, second=level)
    reading = Reading(before, hit, pair[0], pair[1], level, level)
    if _SUBJECT_WON.search(before.text, 0, shoot.start - before.start):
        reading.penalties = (max(shoot.first, shoot.second), min(shoot.first, shoot.second))
    dates = {v for _, v, _ in when.dates_in(before.text, doc.published, doc.lang)}
    reading.date = dates.pop() if len(dates) == 1 else None
    reading.notes.add("level-after-shootout")
    return [reading]


def _sides(doc: Document, index: int) -> tuple[str, str] | None:
    """(subject, opponent) of the shoot-out sentence: it opens with a noun for its
    subject and names one team, the opponent; the sentence before names one other."""
    sentence = doc.sentences[index]
    named = {m.team for m in participants(doc, sentence)}
    if len(named) == 1 and not _NOUN_SUBJECT.match(sentence.text):
        return _named_winner(doc, index)
    if len(named) != 1:
        return None
    if any(m.start < sentence.start + 40 for m in doc.mentions_in(sentence)):
        return None
    earlier = {m.team for m in participants(doc, doc.sentences[index - 1])}
    if len(earlier) != 1 or earlier == named:
        return None
    return earlier.pop(), named.pop()


def _named_winner(doc: Document, index: int) -> tuple[str, str] | None:
    """`Lothar Matthäus trat für Borussia Mönchengladbach an ... (the Bayern named too).
    Am Ende gewannen die Bayern das Endspiel mit 7:6 im Elfmeterschießen`: the one team the
    shoot-out sentence names is the subject of its win verb, and the sentence before
    names it and one other, the opponent."""
    sentence = doc.sentences[index]
    verb = _SUBJECT_WON.search(sentence.text)
    mentions = participants(doc, sentence)
    if verb is None or not mentions:
        return None
    text, base = sentence.text, sentence.start
    first = mentions[0]
    before = text[first.end - base : verb.start()]
    after = text[verb.end() : first.start - base]
    if not (first.end - base <= verb.start() and before.strip() == "") and not (
        verb.end() <= first.start - base and _NEXT_TO_VERB.fullmatch(after)
    ):
        return None
    earlier = {m.team for m in participants(doc, doc.sentences[index - 1])}
    if len(earlier) != 2 or first.team not in earlier:
        return None
    return first.team, (earlier - {first.team}).pop()
