"""`Boca gewann gegen Palmeiras ..., River drehte gegen Grêmio das Rückspiel und gewann
2:1`, `Boca beat Palmeiras, River turned round the tie against Grêmio and won 2-1`: a
later clause opening on a name the team list does not know, before its own result verb,
has that unknown side as its subject, so the team the sentence named first may not
stand in for it (the result's sides are not sure: it is left out)."""

from __future__ import annotations

import re

from bot.reports.matches.resultchecks import NOT_A_NAME

_CLAUSE = re.compile(
    r", (?P<name>[A-ZÄÖÜ][\w'’-]+) (?:drehte|gewann|verlor|siegte|schlug|besiegte|"
    r"unterlag|setzte sich|schaltete|warf|kippte|holte|turned|overturned|won|lost|beat|"
    r"defeated|edged|knocked|saw off|came back|drew)\b"
)


def unknown_clause_subject(doc, sentence, hit, p: str) -> bool:
    """Whether a clause between the last naming of `p` and the score opens on a name that
    is no team mention (`, River drehte`) and so is the result's unknown subject."""
    text = sentence.text
    end = hit.start - sentence.start
    if ", " not in text[:end]:
        return False
    found = [*_CLAUSE.finditer(text, 0, end)][-1:]
    if not found:
        return False
    found = found[0]
    name, at = found.group("name"), sentence.start + found.start("name")
    if name in NOT_A_NAME or f" {name.lower()} " in doc.text:
        return False
    mentions = doc.mentions_in(sentence)
    if any(m.start <= at < m.end for m in mentions):
        return False
    return not any(m.team == p and at < m.start < hit.start for m in mentions)
