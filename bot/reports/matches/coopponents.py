"""`eine 1:2-Niederlage gegen Kroatien ..., erst das Viertelfinale gegen Portugal`: two
teams a sentence names only after `gegen`/`against` are opponents of one side it leaves
unnamed, never each other's: a score told later against one takes no side from the other."""

from __future__ import annotations

_AGAINST = frozenset(("gegen", "against"))


def co_opponents(doc, sentence, team: str, other: str) -> bool:
    """Whether `team` and `other` are each named in `sentence` only after gegen/against."""
    told = {team: True, other: True}
    seen = set()
    for m in doc.mentions_in(sentence):
        if m.team in told:
            seen.add(m.team)
            told[m.team] = told[m.team] and m.prep in _AGAINST
    return len(seen) == 2 and told[team] and told[other]
