"""German puts the subject after the verb when something else opens the clause
(`Zeitgleich besiegte Schweden Mexiko mit 3:0`, `Am Sonntag schlug Bayern den BVB`):
there the first team right after the verb is the subject, the next the object."""

from __future__ import annotations

import re

_ADVERB = (
    r"Zeitgleich|Parallel|Gleichzeitig|Dann|Danach|Anschließend|Zuvor|Vorher|Gestern|"
    r"Später|Zudem|Außerdem|Damals|Zuletzt|Schon|Bereits|Nun|Jetzt|Dort|Heute|Tags darauf"
)
_OPENING = re.compile(
    r"\s*(?:(?:Doch|Und|Aber)\s+)?(?:(?:" + _ADVERB + r")|"
    r"(?:Am|Im|In|Zum|Beim|Bei|Nach|Vor|Auf|An|Seit)\s[^,;:()]{1,60}?)\s+",
)
_RIGHT_AFTER = re.compile(r"\s+(?:(?:der|die|das)\s+)?")


def inverted_subject(text: str, clause_start: int, verb, clause_people, score_at: int):
    """The team right after the transitive `verb` where only an adverb or a phrase
    with a preposition opens the clause and another team follows before the score;
    else None."""
    if not _OPENING.fullmatch(text, clause_start, verb.start()):
        return None
    if any(m.start < verb.start() for m in clause_people):
        return None
    after = [m for m in clause_people if verb.end() <= m.start < score_at]
    if len(after) < 2 or not _RIGHT_AFTER.fullmatch(text, verb.end(), after[0].start):
        return None
    return after[0].team
