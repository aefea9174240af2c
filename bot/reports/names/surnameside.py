"""`hatte Garay Benfica in Führung gebracht`: a surname the report gives in full elsewhere
(`Ezequiel Garay`) followed by a team the report names on its own is the scorer and the
side he put ahead, two words side by side, not one person's name (`Jordi Alba`)."""

from __future__ import annotations

import re


def surname_then_side(text: str, surname: str, word: str, at: int) -> bool:
    """Whether `surname` (at offset `at`, before the team word `word`) is the last name of
    someone named in full elsewhere, and `word` stands elsewhere without it before."""
    if len(surname) < 3 or len(word) < 3:
        return False
    full = re.compile(rf"\b[A-ZÀ-ÖØ-Þ][\w'’-]+ {re.escape(surname)}\b(?! {re.escape(word)}\b)")
    if not any(m.end() - len(surname) != at for m in full.finditer(text)):
        return False
    pair = f"{surname} {word}"
    return text.count(word) > text.count(pair)
