"""`enough for Juventus to go through after their 2-1 win in Turin`, `reichte Celtic
nach seinem 3:1-Sieg in Glasgow`: a score owned by a possessive pronoun is the win (or
loss) of the one team the sentence names before it, not that team's opponent's."""

from __future__ import annotations

import re

_OWNED = re.compile(
    r"\b(?:their|its|ihrem|ihres|ihren|ihrer|seinem|seines|seinen|seiner)\s+$", re.IGNORECASE
)


def possessor(sentence, hit, people, p, o) -> tuple[str | None, str | None]:
    """(subject, opponent) with the pronoun's team made the subject, where the score
    follows `their`/`ihrem` right away, the sentence names that one team alone before it
    and none after it; else the pair as given."""
    if p is not None or o is None:
        return p, o
    told = sentence.text[max(0, hit.start - sentence.start - 12) : hit.start - sentence.start]
    if not _OWNED.search(told):
        return p, o
    before = {m.team for m in people if m.start < hit.start}
    if before != {o} or any(m.start >= hit.end for m in people):
        return p, o
    return o, None


_FOR_TO = re.compile(r"\s+to\s+(?:[a-z]+\s+){1,3}?$")


def infinitive_subject(sentence, hit, people, p, o) -> tuple[str | None, str | None]:
    """`enough for Juventus to go through 3-2 on aggregate`, `for Ajax to win 2-0`: the
    team after `for` is the doer of the infinitive the score follows, not its opponent."""
    if p is not None or o is None:
        return p, o
    before = [m for m in people if m.start < hit.start]
    if not before or before[-1].team != o or before[-1].prep.lower() != "for":
        return p, o
    between = sentence.text[before[-1].end - sentence.start : hit.start - sentence.start]
    if len(between) > 30 or not _FOR_TO.match(between):
        return p, o
    return o, None
