"""A result told as ending like another (`mit demselben Ergebnis`, `wie schon im
Hinspiel`, `the same scoreline as the first meeting`): a score hit of its own at the
phrase, with the numbers of the sentence's first result."""

from __future__ import annotations

import re

from bot.reports.matches.scores import ScoreHit
from bot.reports.patterns.keyed import lowered
from bot.reports.text.document import Sentence
from bot.reports.text.holdsany import holds_any

_SAME_SCORE = re.compile(
    r"\b(?:(?:mit|nach) demselben ergebnis|(?:mit|nach) dem gleichen ergebnis|"
    r"by the same score(?:line)?|after the same score(?:line)? in the first leg|"
    r"with the same score(?:line)?|wie (?:schon|bereits) im hinspiel|(?:just )?as in the "
    r"first leg|the same score(?:line)? as (?:in )?the first (?:leg|game|match|meeting))\b",
    re.I,
)
"""`das Hinspiel hatte Real mit demselben Ergebnis gewonnen`, `Wie schon im Hinspiel endete
die Partie 5:1`, `finished 2-2, exactly the same scoreline as the first meeting`: the
other leg ended as the result the sentence tells."""


_SAME_KEYS = ("same", "selben", "gleichen", "wie ", "as in the first")
FIRST_LEG_WORD = re.compile(r"first|hinspiel", re.I)


def same_score_hits(sentence: Sentence, hits: list[ScoreHit]) -> list[ScoreHit]:
    low = lowered(sentence.text)
    if not holds_any(low, _SAME_KEYS):
        return []
    match = _SAME_SCORE.search(sentence.text)
    results = [h for h in hits if h.kind == "result"]
    if not match or not results:
        return []
    source = results[0]
    start = sentence.start + match.start()
    return [ScoreHit(start, sentence.start + match.end(), source.first, source.second, "result")]
