"""`zog nach dem 3:2 im ersten Duell mit 6:3 ins Halbfinale ein`: a score told after a
first leg's score, with `mit` before it and the round the side went into right after
it, is the tie's sum, not a match (English tells it with `on aggregate`)."""

from __future__ import annotations

import re

_AFTER_FIRST_LEG = re.compile(
    r"\bnach\s+dem\s+\d{1,2}\s?:\s?\d{1,2}\s+(?:im\s+(?:Hinspiel|Hinduell|ersten\s+"
    r"(?:Duell|Spiel|Vergleich|Aufeinandertreffen|Durchgang))|aus\s+dem\s+Hinspiel)\b"
    r"[^.;:!?\d]{0,60}?\bmit\s+$",
    re.IGNORECASE,
)
_INTO_ROUND = re.compile(
    r"^\s*(?:Toren\s+)?(?:ins\s+(?:Achtel|Viertel|Halb)?finale|in\s+die\s+(?:nächste\s+|"
    r"K\.\s?o\.-|Zwischen)?Runde|(?:eine\s+Runde\s+)?weiter\b|durch\b)",
    re.IGNORECASE,
)


def sum_after_first_leg(before: str, after: str) -> bool:
    """Whether the score between `before` and `after` is a tie's sum told after its
    first leg's score and before the round it won."""
    tail = before[-120:]
    if not tail.endswith("mit "):
        return False
    if "nach dem" not in tail:
        return _listed_sum(tail, after)
    return _INTO_ROUND.match(after[:40]) is not None and _AFTER_FIRST_LEG.search(tail) is not None


_LEG_LINE = re.compile(r"\bHinspiel\s+\d{1,2}\s?:\s?\d{1,2}\s*,\s*[^.;:!?\d,]{1,40}?\bmit\s+$")
_IN_ROUND = re.compile(r"^\s*(?:i\.\s?E\.\s+)?(?:im\s+(?:Achtel|Viertel|Halb)?finale|weiter)\b")


def _listed_sum(tail: str, after: str) -> bool:
    """`Hinspiel 0:1, Lyon mit 2:1 im Viertelfinale` (a listing's leg line): the score a
    side is in the next round with, after the first leg's, is the tie's sum."""
    if "Hinspiel" not in tail:
        return False
    return _IN_ROUND.match(after[:40]) is not None and _LEG_LINE.search(tail) is not None


_FIRST_DUEL = re.compile(
    r"\s*(?:im\s+ersten\s+(?:Duell|Spiel|Vergleich|Aufeinandertreffen|Durchgang)|"
    r"in\s+the\s+first\s+(?:game|meeting|match|clash))\b",
    re.IGNORECASE,
)
_AFTER_THE = re.compile(r"\b(?:nach\s+dem|after\s+(?:the|a|their|its))\s+$", re.IGNORECASE)


def first_duel_legs(sentence, hits, readings) -> None:
    """`nach dem 3:2 im ersten Duell` beside the tie's sum: that score is the first leg
    (`im ersten Duell` names a leg only where the sentence tells a sum of two)."""
    if not any(h.kind == "aggregate" for h in hits):
        return
    text, at = sentence.text, sentence.start
    for r in readings:
        start, end = r.hit.start - at, r.hit.end - at
        if r.leg is None and _FIRST_DUEL.match(text, end) and _AFTER_THE.search(text, 0, start):
            r.leg = 1
