"""Which sentences can state a tie at all (an aggregate or shoot-out score, or a
word of going through), decided once per document: ties are read in two passes."""

from __future__ import annotations

from bot.reports.matches import cues
from bot.reports.matches.scores import find_scores, may_state_score
from bot.reports.patterns.keyed import lowered
from bot.reports.text.document import Document

_ADVANCE_HINTS = (
    "advanc", "through", "knocked", "knocking", "eliminat", "ousted", "durchge", "durchsetz",
    "ausgeschalt", "ausschalt", "weiterge", "zog", "rausgew", "warf", "reach",
)  # fmt: skip


def may_state(doc: Document, index: int) -> bool:
    """Whether sentence `index` can state a tie: an aggregate or shoot-out score, or
    a word of going through. Asked in two passes, answered once per document."""
    gate = doc.cache.get("tie-sentences")
    if gate is None:
        gate = doc.cache["tie-sentences"] = [_may_state_in(s) for s in doc.sentences]
    return gate[index]


def _may_state_in(sentence) -> bool:
    text = sentence.text
    if may_state_score(text) and any(
        h.kind in ("aggregate", "shootout") for h in find_scores(text, sentence.start)
    ):
        return True
    return _advance_hint(text) and cues.ADVANCE.search(text) is not None


def _advance_hint(text: str) -> bool:
    low = lowered(text)
    for hint in _ADVANCE_HINTS:
        if hint in low:
            return True
    return False
