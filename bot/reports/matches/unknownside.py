"""`Deutschland hat mit 0:3 bei den Niederlanden verloren`, `Germany lost 3-0 against
Slovenia`: where the sentence names the other side with a word the team list does not
know, the result's other side is that unknown team, so none of the story's teams may
stand in for it."""

from __future__ import annotations

import re

from bot.reports.text.holdsany import holds_any

_AGAINST = re.compile(
    r"\b(?:(?:gegen|bei)\s+(?:den|die|dem)|against(?:\s+the)?)\s+(?P<name>[A-ZÄÖÜ][\w'’-]+)"
)
_KEYS = ("gegen", "bei", "against")


def unknown_opponent(doc, sentence) -> bool:
    """Whether `gegen die X`, `bei den X`, `against X` names an X that is no team mention."""
    text = sentence.text
    if not holds_any(text, _KEYS):
        return False
    spans = [(m.start, m.end) for m in doc.mentions_in(sentence)]
    for found in _AGAINST.finditer(text):
        at = sentence.start + found.start("name")
        if not any(s <= at < e for s, e in spans):
            return True
    return False


_AGAINST_NEXT = re.compile(
    r"\s+(?:gegen\s+(?:eben\s+)?(?:diese[nr]?|jene[nr]?)|against\s+(?:these|those))\s+"
    r"(?P<name>[A-ZÄÖÜ][\w'’-]+)(?!\s+[A-ZÄÖÜ\d])"
)


def unknown_next(doc, sentence, hit) -> bool:
    """`folgte ein 0:1 gegen eben diese Nigerianer`: a score followed by `gegen`/`against`
    and a word the team list does not know has that unknown side as its opponent, so
    no team named elsewhere in the sentence may stand in for it."""
    found = _AGAINST_NEXT.match(doc.text, hit.end)
    if found is None:
        return False
    at = found.start("name")
    return not any(m.start <= at < m.end for m in doc.mentions_in(sentence))
