"""`Arsenal won 4-2 in Valencia, 7-3 on aggregate`, `Dortmund erfüllte seine Pflicht beim
2:0 in Mönchengladbach`: the other side told only as the town it was played in, where
that town is a team the story names as a side elsewhere."""

from __future__ import annotations

import re

_RIGHT_AFTER = re.compile(r"\s+(?:in|im)\s+$", re.I)
_PLACE_PREPS = frozenset(("in", "im", "from", "aus", "nach", "to", "zu"))


def place_opponent(doc, sentence, hit, p: str, resolver) -> str | None:
    """The team whose town follows the score (`4-2 in Valencia`), when the subject is
    named before the score, the town's team is of its kind and named as a side (not a
    place) elsewhere in the text; else None. A final is played on a chosen ground, so a
    town there names no side."""
    mentions = doc.mentions_between(hit.end, min(sentence.end, hit.end + 30))
    if not mentions or mentions[0].prep not in ("in", "im"):
        return None
    place = mentions[0]
    if not _RIGHT_AFTER.fullmatch(doc.text, hit.end, place.start) or place.team == p:
        return None
    if _FINAL.search(doc.text, sentence.start, min(sentence.end, place.end + 25)):
        return None
    if not any(c.isdigit() for c in doc.text[hit.start : hit.end]):
        return None
    if not any(m.team == p and m.end <= hit.start for m in doc.mentions_in(sentence)):
        return None
    a, b = resolver.teams.get(p), resolver.teams.get(place.team)
    if a is None or b is None or a.kind != b.kind:
        return None
    named = any(
        m.team == place.team and m.prep not in _PLACE_PREPS and m is not place for m in doc.mentions
    )
    return place.team if named else None


_FINAL = re.compile(r"(?<!-)\b(?:final|finale|endspiel)\b", re.I)
