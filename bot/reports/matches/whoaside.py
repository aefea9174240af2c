"""`Chelsea, who had built a 3-1 lead at Anfield last Wednesday, drew 4-4`, `Bayern, die
am Samstag in Mainz 2:0 gewonnen hatten, ...`: a place or a day inside a relative clause
that leaves out the score belongs to what that clause tells, not to the result."""

from __future__ import annotations

import re

_WHO = re.compile(r",\s+(?:who|which|der|die|das|dessen|deren)\s[^,;]*,")


def in_who_aside(text: str, at: int, score_at: int) -> bool:
    """Whether offset `at` of the sentence lies in such a relative clause without the score
    at `score_at`."""
    return ", " in text and apart_from_score(_WHO, text, at, score_at)


def apart_from_score(pattern: re.Pattern, text: str, at: int, score_at: int) -> bool:
    """Whether a match of `pattern` in `text` holds offset `at` and not `score_at`."""
    for m in pattern.finditer(text):
        if m.start() <= at < m.end() and not m.start() <= score_at < m.end():
            return True
    return False


_OPPONENT_WORD = re.compile(r"\b(?:gegen|against|auf|meets?|faces?|plays?|vs?\.?)\s", re.I)
_OPPONENT_WHO = re.compile(
    r"\b(?:gegen|against|auf|meets?|faces?|plays?|vs?\.?)\s[^,;.]{0,60},\s+"
    r"(?:who|der|die|dessen|deren)\s[^;]*",
    re.IGNORECASE,
)


def score_in_opponents_clause(text: str, at: int, score_at: int) -> bool:
    """`Am Freitag geht es im Viertelfinale gegen den FC Barcelona, der am Samstag den SSC
    Neapel mit 3:1 besiegte`, `next face Porto in the semi-finals, who beat Roma 2-1`:
    a score in a relative clause on the opponent named after a round is that opponent's
    own result against a third side, played in another round."""
    if at > score_at or ", " not in text[at : at + 110]:
        return False
    word = _OPPONENT_WORD.search(text, at, at + 50)
    m = _OPPONENT_WHO.match(text, word.start()) if word else None
    if m is None or m.start() - at >= 40 or text.rfind(",", at, m.start()) >= 0:
        return False
    clause = m.group().rfind(", ") + m.start()
    if not clause < score_at < m.end():
        return False
    return _BACK_TO_SIDE.search(text, clause, score_at) is None


_BACK_TO_SIDE = re.compile(r"\b(?:them|him|us|sie|ihn|ihm|ihnen|uns)\b", re.IGNORECASE)
"""`a semi-final against Wycombe, who held them 1-1 at Adams Park`: a result against the
side the round is told of is that round's own."""
