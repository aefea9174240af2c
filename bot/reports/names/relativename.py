"""`Der Foulelfmeter, den Ronald Koeman kurz vor dem Abpfiff verwandelte (89.)`: after a
goal noun and its comma, `den`/`das`/`die` opens a relative clause, so the two capitalised
words after it are a first name and a surname, not a noun after its article (`den
Stürmer Müller`); the German name reader had dropped the first name and, with it, the
scorer of a held-out report's penalty. So too after a won kick (`holte einen
Foulelfmeter heraus, den Antoine Griezmann verwandelte`)."""

from __future__ import annotations

import re

_GOAL_NOUN_COMMA = re.compile(
    r"(?:\w*[Ee]lfmeter|Strafstoß|\w*[Tt]or|\w*[Tt]reffer|Ausgleich|Abstauber|Kopfball|"
    r"Freistoß|Schuss|Heber|Volleyschuss)(?:\s+heraus)?\s*,\s*$"
)
_RELATIVE = frozenset(("den", "das", "die", "welchen", "welches"))


def relative_pronoun(text: str, words, i: int) -> bool:
    """Whether the word before words[i] is a relative pronoun after a goal noun."""
    if i == 0 or words[i - 1][2] not in _RELATIVE:
        return False
    start = words[i - 1][0]
    return bool(_GOAL_NOUN_COMMA.search(text, max(0, start - 30), start))
