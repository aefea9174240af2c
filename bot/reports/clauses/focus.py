"""The player in focus sentence by sentence, whom "he" and "the Brazilian" refer to."""

from __future__ import annotations

from bot.reports.goals.lastnamed import last_named
from bot.reports.names.cast import Cast


class Focus:
    """The player last in focus, sentence by sentence, for "he" and "the Brazilian"."""

    def __init__(self, cast: Cast) -> None:
        self.cast = cast
        self._sentences: list[tuple[list[str], tuple[int, int]]] = []

    def close_sentence(self, scorers: list[str], span: tuple[int, int]) -> None:
        self._sentences.append((scorers, span))

    def resolve(self, reach: int = 3) -> str | None:
        """A sentence on the way back that names a player only in the possessive (`Then
        came the moment that will define Owen's career.`) may well be about the one "he"
        means, but a possessive is no antecedent: rather than pass over it to a player named
        earlier (Shearer, who scored before), the answer is no one."""
        for scorers, span in reversed(self._sentences[-reach:]):
            if scorers:
                return scorers[-1]
            named = last_named(self.cast, *span)
            if named:
                return named
            if any(person.possessive for person in self.cast.within(*span)):
                return None
        return None
