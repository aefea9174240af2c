"""Which sentences can state a tie at all (an aggregate or shoot-out score, or a
word of going through), decided once per document: ties are read in two passes."""

from __future__ import annotations

from bisect import bisect_right

from bot.reports.matches.doclower import lowered_text
from bot.reports.matches.scores import find_scores, score_sentences
from bot.reports.patterns.keyed import lowered
from bot.reports.text.document import Document
from bot.reports.text.keyholds import may_hold
from bot.reports.ties.advancemore import HINTS, advance_search
from bot.reports.ties.failedat import FAILED_AT

_FAILED_KEYS = ("cheitert",)
"""Each match of FAILED_AT holds it (see may_hold)."""

_ADVANCE_HINTS = (
    "advanc", "through", "knocked", "knocking", "eliminat", "ousted", "durchge", "durchsetz",
    "ausgeschalt", "ausschalt", "weiter", "zog", "rausgew", "warf", "reach", "scheiter", *HINTS,
)  # fmt: skip


def may_state(doc: Document, index: int) -> bool:
    """Whether sentence `index` can state a tie: an aggregate or shoot-out score, or
    a word of going through. Asked in two passes, answered once per document."""
    gate = doc.cache.get("tie-sentences")
    if gate is None:
        hinted = _hinted(doc)
        may_score = score_sentences(doc)
        gate = doc.cache["tie-sentences"] = [
            _may_state_in(
                s, may_score[i], i in hinted if hinted is not None else _advance_hint(s.text)
            )
            for i, s in enumerate(doc.sentences)
        ]
    return gate[index]


def _may_state_in(sentence, may_score: bool, hint: bool) -> bool:
    text = sentence.text
    if may_score and any(
        h.kind in ("aggregate", "shootout") for h in find_scores(text, sentence.start)
    ):
        return True
    return hint and (advance_search(text) is not None or _failed_at(text))


def _failed_at(text: str) -> bool:
    return may_hold(text, _FAILED_KEYS) and FAILED_AT.search(text) is not None


def _advance_hint(text: str) -> bool:
    low = lowered(text)
    for hint in _ADVANCE_HINTS:
        if hint in low:
            return True
    return False


def _hinted(doc: Document) -> set[int] | None:
    """The sentences holding a hint, found by one search of the whole lower-cased text
    per hint rather than of each sentence (most hints occur nowhere in a report); None
    where lower() changes the text's length, so offsets would not line up. The hints
    are ASCII, which a letter lower-cases to the same way in a sentence and the text."""
    low = lowered_text(doc)
    if len(low) != len(doc.text):
        return None
    ends = [s.end for s in doc.sentences]
    out: set[int] = set()
    for hint in _ADVANCE_HINTS:
        at = low.find(hint)
        while at >= 0:
            i = bisect_right(ends, at)
            if i < len(ends) and doc.sentences[i].start <= at and at + len(hint) <= ends[i]:
                out.add(i)
            at = low.find(hint, at + 1)
    return out
