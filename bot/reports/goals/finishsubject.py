"""The name just before a goal verb, after `and`, is that verb's subject."""

from __future__ import annotations


def subject_right_before(doer, cue_at: int, text: str) -> bool:
    """`... whipped a cross and Carvajal stretched to turn it home`: a name standing right
    before the goal verb, after the clause's first verb, is that verb's subject."""
    if doer is None or not doer.name or text[doer.end : cue_at].strip():
        return False
    return text[max(0, doer.start - 5) : doer.start] == " and "
