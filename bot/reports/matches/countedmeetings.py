"""`Leeds had beaten Derby twice in the regular season, 4-1 at Pride Park in August and 2-0
at Elland Road in January`, `Bayern hatte Dortmund in dieser Saison zweimal geschlagen, 3:1
im Westfalenstadion und 2:0 in München`: scores listed after a counted result (`twice`,
`zweimal`) are each that result's, with its subject, object and outcome. The list is read
only where the sentence opens on the subject's name and the count covers every score."""

from __future__ import annotations

import re

from bot.reports.matches.reading import Reading
from bot.reports.matches.scores import find_scores

_COUNTS = {"twice": 2, "three times": 3, "zweimal": 2, "dreimal": 3}
_EN_COUNTED = re.compile(
    r"\b(?:beat|beaten|defeated|(?P<lost>lost to))\s+(?:the\s+)?(?P<team>[^,;:.]{2,40}?)\s+"
    r"(?P<count>twice|three times)\b[^,;:.\d]{0,40},\s+"
)
_BREAK = re.compile(r"[;:.!?]|\s(?:but|aber|doch|while|während)\s")
_DE_COUNTED = re.compile(
    r"\s(?P<count>zweimal|dreimal)\s+(?:(?P<won>geschlagen|besiegt|bezwungen)|"
    r"(?P<lost>verloren|unterlegen))\b[^,;:.\d]{0,20},\s+"
)


def counted_meeting(doc, sentence, hit, people) -> Reading | None:
    """The reading of `hit` as one score of a list after a counted result, else None."""
    text = sentence.text
    found = _find(text, doc.lang)
    if found is None:
        return None
    counted, count, lost = found
    rel = hit.start - sentence.start
    if rel < counted.end():
        return None
    if _BREAK.search(text, counted.end(), rel):
        return None
    listed = [
        h
        for h in find_scores(text, sentence.start)
        if h.kind == "result" and h.start >= sentence.start + counted.end()
    ]
    if len(listed) > count or hit not in listed:
        return None
    subject, other = _pair(doc, sentence, people, counted)
    if subject is None or other is None or subject == other:
        return None
    if any(sentence.start + counted.end() <= m.start < hit.end for m in people):
        return None
    high, low = max(hit.first, hit.second), min(hit.first, hit.second)
    if high == low:
        return None
    if doc.lang == "de" and (hit.first > hit.second) == lost:
        return None  # a German score is told from the subject's side
    first, second = (low, high) if lost else (high, low)
    reading = Reading(sentence, hit, subject, other, first, second)
    reading.notes.add("counted")  # meetings counted together are no legs of one tie
    return reading


def _find(text: str, lang: str):
    if lang == "de":
        if "zweimal" not in text and "dreimal" not in text:
            return None
        found = _DE_COUNTED.search(text)
        if found is None:
            return None
        return found, _COUNTS[found.group("count")], found.group("lost") is not None
    if "twice" not in text and "three times" not in text:
        return None
    found = _EN_COUNTED.search(text)
    if found is None:
        return None
    return found, _COUNTS[found.group("count")], found.group("lost") is not None


def _pair(doc, sentence, people, counted) -> tuple[str | None, str | None]:
    """(subject, opponent): the subject is the team opening the sentence; the opponent
    the one team named between it and the count."""
    until = sentence.start + counted.start("count")
    told = [m for m in people if sentence.start <= m.start < until]
    if len(told) != 2 or doc.text[sentence.start : told[0].start].strip():
        return None, None
    if told[0].genitive or told[1].genitive:
        return None, None
    return told[0].team, told[1].team
