"""`Xavi chipped the ball in and Gerard Pique, who had pushed forward as an emergency
striker, turned past the keeper and finished`: a verb-first clause right after a relative
aside (`who ...`, `der ...`, which may run over a clause or two) goes on from the name the
aside is about, not from the sentence's first subject."""

from __future__ import annotations

import re

_RELATIVE = re.compile(r"\s*(?:who|whose|der|die|dessen|deren|welcher|welche)\s", re.I)
_AND = re.compile(r"\s*(?:and|und|but|aber|doch)\s", re.I)
_REACH = 3
"""At most this many clauses of aside between the name and the clause it goes on in."""


def after_relative(clauses, index: int, found_in, text: str):
    """(applies, candidate) for clause `index`: applies where the clauses before it, back
    to a name, are one relative aside; the candidate is that name where it may be the
    doer, else None (then no one is named: no wrong scorer)."""
    if _AND.match(clauses[index].text):
        return False, None  # `..., who was unmarked, and slotted home`: the first subject's
    for back in range(index - 1, max(0, index - _REACH) - 1, -1):
        if back == 0:
            return False, None
        if found_in(back):
            return False, None  # a name inside the aside: it may be the aside's own
        if not _RELATIVE.match(clauses[back].text):
            continue
        before = clauses[back - 1]
        found = found_in(back - 1)
        last = found[-1] if found else None
        if last is None or text[last.end : before.end].strip(" ,"):
            return False, None  # the aside is not about a name (`the ball, which ...`)
        return True, last if last.eligible else None
    return False, None


def provider_antecedent(clauses, clause, found_in, text: str, unclear):
    """`Müller, der nach Doppelpass mit Wimmer zum 3:0 traf (58.)`: the one name of a
    clause is the provider; the goal is the relative clause's antecedent's, the name
    ending the clause before it, or no one's (`unclear`) where none stands there."""
    index = clauses.index(clause) if clause in clauses else -1
    if index < 1 or not _RELATIVE.match(clause.text):
        return unclear
    found = found_in(index - 1)
    last = found[-1] if found else None
    if last is None or not last.eligible or text[last.end : clauses[index - 1].end].strip(" ,"):
        return unclear
    return last
