"""`Irland – Bosnien-Herzegowina: Mann des Abends in Dublin war Jonathan Walters.`: a
round-up's paragraph opened by its pair as a label. The results its paragraph tells
without naming both sides (`Im Hinspiel ... hatte es 1:1 gestanden`) are that pair's,
not the pair of the paragraph before."""

from __future__ import annotations

import re

_DASH = re.compile(r"\s*[–—-]\s*|\s+(?:v|vs)\.?\s+")
_COLON = re.compile(r"\s*:\s")


def label_pair(doc, index: int) -> tuple[str, str] | None:
    """The pair a sentence opens with as `X – Y:`, right after a paragraph break."""
    sentence = doc.sentences[index]
    if ":" not in sentence.text or doc.text[sentence.start - 1 : sentence.start] != "\n":
        return None
    mentions = doc.mentions_in(sentence)
    if len(mentions) < 2 or mentions[0].start != sentence.start:
        return None
    first, second = mentions[0], mentions[1]
    if first.team == second.team or not _DASH.fullmatch(doc.text, first.end, second.start):
        return None
    return (first.team, second.team) if _COLON.match(doc.text, second.end) else None


def other_label_pair(doc, sentence, previous: tuple[str, str]) -> bool:
    """Whether the sentence's paragraph opens with a pair's label naming teams, not both
    of them the previous pair's (so a score there that names no team is not theirs)."""
    start = doc.text.rfind("\n", 0, sentence.start) + 1
    if ":" not in doc.text[start : sentence.end]:
        return False
    index = next(i for i, s in enumerate(doc.sentences) if s.end > start)
    pair = label_pair(doc, index)
    return pair is not None and not set(pair) <= set(previous)
