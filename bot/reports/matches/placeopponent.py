"""`Arsenal won 4-2 in Valencia, 7-3 on aggregate`, `Dortmund erfüllte seine Pflicht beim
2:0 in Mönchengladbach`: the other side told only as the town it was played in, where
that town is a team the story names as a side elsewhere."""

from __future__ import annotations

import re

from bot.reports.matches import cues
from bot.reports.matches.scores import find_scores

_RIGHT_AFTER = re.compile(r"\s+(?:in|im)\s+$", re.I)
_PLACE_PREPS = frozenset(("in", "im", "from", "aus", "nach", "to", "zu"))


def place_opponent(doc, sentence, hit, p: str, resolver, named_needed: bool = True) -> str | None:
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
    if not named_needed:
        return place.team
    named = any(
        m.team == place.team and m.prep not in _PLACE_PREPS and m is not place for m in doc.mentions
    )
    return place.team if named else None


def leg_town_opponent(doc, sentence, hit, p: str, resolver) -> str | None:
    """`die Rangers, die nach einem 0:1 in Braga das Rückspiel im Ibrox Park mit 3:1
    gewannen`: in a sentence telling a tie's legs, the town right after one leg's score is
    the other side's, and that side is the opponent of each leg the subject played there
    (the one such town of the sentence; a final's chosen ground names no side)."""
    if not cues.LEG.search(sentence.text):
        return None
    towns = set()
    for other in find_scores(sentence.text, sentence.start):
        if other.kind == "result":
            town = place_opponent(doc, sentence, other, p, resolver, named_needed=False)
            if town is not None:
                towns.add(town)
    return towns.pop() if len(towns) == 1 else None


_FINAL = re.compile(r"(?<!-)\b(?:final|finale|endspiel)\b", re.I)
