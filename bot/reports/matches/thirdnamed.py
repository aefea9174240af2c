"""`Nach dem 2:1 in Mailand reichte im Rückspiel ein 3:3, obwohl die Italiener ...` in a
story of Germany and Portugal: a result naming no side is no result of the story's pair
where its sentence names a third team as a subject."""

from __future__ import annotations

from bot.reports.matches.nextopponent import coming_sides


def third_side_named(sentence, people, pair) -> bool:
    """`Nach dem 2:1 in Mailand reichte im Rückspiel ein 3:3, obwohl die Italiener ...` in
    a story of Germany and Portugal: a result naming no side, in a sentence that names a
    third team (not as the next opponent), is no result of the story's pair."""
    third = {m.team for m in people if m.prep in _AS_SUBJECT} - set(pair)
    return bool(third) and bool(third - set(coming_sides(sentence, people)))


_AS_SUBJECT = frozenset(("", "die", "der", "das", "the", "und", "and"))
"""Where a name stands as a subject (`obwohl die Italiener`), not after a preposition
(`trifft nun im Endspiel auf River Plate`, a coming opponent)."""
