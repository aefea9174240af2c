"""The clause cues whose key words each sentence of a report holds, found once per
report: every key is looked for in the lower-cased report (str.find, fast C code) and
each place found is given to the sentence it lies in, instead of a key search of every
sentence and then a key test of every cue in those with a hit."""

from __future__ import annotations

from bisect import bisect_right

from bot.competitions.scan import find_all, lower_text
from bot.reports.clauses.cues import _ANY_CLAUSE_KEY, _CLAUSE_CUES
from bot.reports.patterns.keyed import Keyed, lowered
from bot.reports.text.document import Document

_OWNERS: dict[str, tuple[Keyed, ...]] = {}
for _cue in _CLAUSE_CUES:
    for _key in _cue.keys:
        _OWNERS[_key] = (*_OWNERS.get(_key, ()), _cue)


def cues_in(sentence: str) -> set[Keyed]:
    """The clause cues whose keys the sentence holds at all: most sentences hold none,
    so their clauses skip those searches (a clause's text is part of its sentence)."""
    low = lowered(sentence)
    found: set[Keyed] = set()
    if _ANY_CLAUSE_KEY.search(low) is None:
        return found
    for cue in _CLAUSE_CUES:
        for key in cue.keys:
            if key in low:
                found.add(cue)
                break
    return found


def clause_cues(doc: Document) -> list[set[Keyed]]:
    """`cues_in` of each sentence of the document, in order.

    The same sets: a sentence is a slice of the text, and where lower() keeps the text's
    length it lower-cases it letter by letter (Greek sigma aside, which no key holds), so
    a key is in a lower-cased sentence exactly where it is in the lower-cased text within
    that sentence's span. Elsewhere (`İ`), or with sentences out of order, each sentence
    is asked (so too where a sentence is not the slice of the text its offsets say)."""
    sentences = doc.sentences
    low = lower_text(doc.text)
    text = doc.text
    if len(low) != len(text) or not _sliced_in_order(text, sentences):
        return [cues_in(s.text) for s in sentences]
    starts = [s.start for s in sentences]
    found: list[set[Keyed]] = [set() for _ in sentences]
    for key, owners in _OWNERS.items():
        for at in find_all(low, key):
            i = bisect_right(starts, at) - 1
            if i >= 0 and at + len(key) <= sentences[i].end:
                found[i].update(owners)
    return found


def _sliced_in_order(text: str, sentences) -> bool:
    """Whether the sentences stand in order and each is the slice of `text` its offsets
    say (one loop, not two generators resumed once a sentence)."""
    end = None
    for s in sentences:
        if end is not None and end > s.start:
            return False
        end = s.end
    for s in sentences:
        if text[s.start : s.end] != s.text:
            return False
    return True
