"""`They beat Vancouver in the conference semifinals and then FC Dallas in the final,
winning 3-1 at home`: a name after `and then` that the verb of an earlier object
governs too (no verb of its own follows it, only a phrase of its round or ground) is one
more object of that verb, never the subject a later score is told from."""

from __future__ import annotations

import re

_WIN_VERB = (
    r"\b(?:beat|beating|defeated|defeating|eliminated|eliminating|knocked out|knocking out|"
    r"edged(?: out)?|edging(?: out)?|overcame|overcoming|saw off|seeing off|got past|"
    r"getting past|dispatched|dispatching|ousted|ousting|"
    r"schlugen|schlug|besiegten|besiegte|bezwangen|bezwang|schalteten|schaltete)\s+"
)
_BEFORE = re.compile(
    _WIN_VERB + r"(?:(?:the|den|die|das)\s+)?[A-ZÄÖÜ][\w.'-]*(?:\s+[A-ZÄÖÜ][\w.'-]*){0,3}"
    r"[^.;:!?]{0,60}?\s+(?:and|und)\s+(?:then|later|dann|danach|anschließend)\s+"
    r"(?:(?:the|den|die|das|dem)\s+)?$",
)
_NO_VERB_AFTER = re.compile(r"\s*(?:,|\b(?:in|at|on|im|in|am|beim)\b)")


def then_object(text: str, mention, offset: int = 0) -> bool:
    """Whether `mention` is a further object joined by `and then` to the object of a
    win verb before it (`text` starts at `offset` of the document)."""
    if mention.prep not in ("then", "later", "dann", "danach", "anschließend", "the", "den"):
        return False
    start, end = mention.start - offset, mention.end - offset
    if _BEFORE.search(text, max(0, start - 160), start) is None:
        return False
    return _NO_VERB_AFTER.match(text, end) is not None


def then_opponent(sentence, people, hit, subject: str | None) -> str | None:
    """The opponent of a score told after `beat A and then B ...`: B, the last object,
    where it is the last team named before the score."""
    before = [m for m in people if sentence.start <= m.start and m.end <= hit.start]
    if not before or before[-1].team == subject:
        return None
    last = before[-1]
    return last.team if then_object(sentence.text, last, sentence.start) else None
