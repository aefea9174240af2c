"""`mit dem 4:1 gegen Jugoslawien und dem 5:1 gegen die Emirate, dem ein 1:1 gegen
Kolumbien folgte`, `after a 4-1 win against Yugoslavia and a 1-1 draw with Colombia`: a
team named after `gegen`/`against` as the opponent of an earlier score is no subject of
a later one."""

from __future__ import annotations

import re

from bot.reports.matches.outcomes import ANY_SCORE

_BREAK = re.compile(r":\s|;")
"""`gegen Ajax, das nicht reichte: Nach dem 0:2 im Hinspiel`: past a colon the next
score is told apart, its sides read anew."""
_OBJECT_PREPS = frozenset(("gegen", "against", "over", "with", "vs", "v"))


def object_of_earlier_score(text: str, sentence, hit, people, team: str) -> bool:
    """Whether each naming of `team` before the score is the object of an earlier
    score, named after `gegen`/`against` right after it."""
    named = [m for m in people if m.team == team and m.end <= hit.start]
    if not named:
        return False
    for m in named:
        if m.prep not in _OBJECT_PREPS:
            return False
        before = text[max(sentence.start, m.start - 40) : m.start]
        scores = list(ANY_SCORE.finditer(before))
        if not scores or _BREAK.search(text, m.end, hit.start):
            return False
    return True
