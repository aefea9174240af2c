"""`Das Hinspiel endete 0:0. Das torlose Remis wird in Spanien als Vorteil gewertet`, `The
first leg ended 0-0. The goalless draw suits Leeds`: a goalless phrase behind a definite
article right after a 0:0 is told names that match again, no match of its own."""

from __future__ import annotations

import re

_DEFINITE = re.compile(r"\b(?:[Dd]as|[Dd]ieses|[Tt]he|[Tt]his|[Tt]hat)\s+$")
_NIL_NIL = re.compile(r"\b0\s?[:–-]\s?0\b")


def goalless_told_before(doc, sentence, hit) -> bool:
    """Whether a goalless phrase (a `remis` hit with no digits) behind `das`/`the` follows a
    0:0 told in the sentence itself or in the one or two before."""
    if hit.suffix != "remis" or hit.first or hit.second:
        return False
    if not _DEFINITE.search(doc.text, max(sentence.start, hit.start - 8), hit.start):
        return False
    if _NIL_NIL.search(doc.text, sentence.start, hit.start):
        return True
    index = doc.index_of(sentence)
    return any(_NIL_NIL.search(doc.sentences[i].text) for i in range(max(0, index - 2), index))
