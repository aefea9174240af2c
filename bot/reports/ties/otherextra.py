"""`Real besiegte Bayern im Rückspiel mit 4:2 nach Verlängerung, Atlético kam bei Leicester
zu einem 1:1`: extra time told right after another score of the sentence is that
game's, so it says nothing about how the tie of the leg told beside it was decided."""

from __future__ import annotations

import re

_SCORE = re.compile(r"(\d(?<![\d.]\d)\d?)\s?[:–-]\s?(\d{1,2})(?![\d.])")


def only_anothers_extra_time(score: tuple[int, int], text: str, found: list[re.Match]) -> bool:
    """Whether every extra-time word in `found` follows, as its nearest score, a score
    other than this leg's `score` (either way round)."""
    if not found:
        return False
    own = {score, (score[1], score[0])}
    for cue in found:
        before = list(_SCORE.finditer(text, 0, cue.start()))
        if not before or (int(before[-1][1]), int(before[-1][2])) in own:
            return False
    return True
