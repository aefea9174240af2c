"""`Redknapp's team won 1-0 at Old Trafford`, `Leverkusen gewann 2:0 im Signal Iduna
Park`, `at Ibrox, where Motherwell won 3-1`: a result told with its subject and a club's
own ground right after the score (or before a `where` clause holding it), and no opponent
named, was played against that ground's club (not in a final, whose ground
is chosen in advance, nor where the ground is the subject's own)."""

from __future__ import annotations

import re

from bot.reports.names.stadiums import stadium_team

_GROUND = re.compile(
    r"\s+(?:at|im|in der|in|bei)\s+(?:the\s+|dem\s+)?"
    r"(?P<place>[A-ZÄÖÜ][\w'’.-]*(?:\s+[A-ZÄÖÜ][\w'’.-]*){0,3})"
)
_FINAL = re.compile(r"(?<!-)\b(?:final|finale|endspiel)\b", re.I)


def ground_opponent(doc, sentence, hit, p: str, resolver) -> str | None:
    found = _GROUND.match(doc.text, hit.end)
    if found is None and (" where " in sentence.text or " wo " in sentence.text):
        found = _where_ground(doc, sentence, hit, p)
    if found is None or found.end() > sentence.end or _FINAL.search(sentence.text):
        return None
    if not any(m.team == p and m.end <= hit.start for m in doc.mentions_in(sentence)):
        return None
    return _ground_club(found, p, resolver)


_GROUND_WHERE = re.compile(
    r"\b(?:at|im|in der|in|bei)\s+(?:the\s+|dem\s+)?"
    r"(?P<place>[A-ZÄÖÜ][\w'’.-]*(?:\s+[A-ZÄÖÜ][\w'’.-]*){0,3}),\s+(?:where|wo)\s+$"
)


def _where_ground(doc, sentence, hit, p: str) -> re.Match | None:
    """`on Thursday night at Ibrox, where Motherwell won 3-1`: the ground told just before
    a `where` clause that opens on the subject and holds the score."""
    named = [m for m in doc.mentions_in(sentence) if m.end <= hit.start]
    if not named or named[-1].team != p or re.search(r"[,;:]", doc.text[named[-1].end : hit.start]):
        return None
    return _GROUND_WHERE.search(
        doc.text, max(sentence.start, named[-1].start - 80), named[-1].start
    )


_AFTER_OPPONENT = re.compile(
    r"\s+(?:at|im|in der|an der|in|bei)\s+(?:the\s+|dem\s+)?"
    r"(?P<place>[A-ZÄÖÜ][\w'’.-]*(?:\s+[A-ZÄÖÜ][\w'’.-]*){0,3})"
)
_AGAINST = re.compile(
    r"(?:[\s-]+(?:win|victory|defeat|loss|draw|Sieg|Erfolg|Niederlage))?"
    r"\s+(?:gegen|against|over|to|with)\s+(?:den\s+|die\s+|das\s+|the\s+)?$"
)


def ground_subject(doc, sentence, hit, o: str, resolver) -> str | None:
    """`nach dem 5:3 gegen Chelsea an der Anfield Road`, `after a 3-1 win against Brighton at
    Old Trafford`: a result told with its opponent
    right after the score and a club's own ground right after that, and no subject named,
    was the ground's club's home win or loss (not in a final)."""
    after = [m for m in doc.mentions_in(sentence) if m.start >= hit.end]
    if not after or after[0].team != o or not _AGAINST.fullmatch(doc.text, hit.end, after[0].start):
        return None
    found = _AFTER_OPPONENT.match(doc.text, after[0].end)
    if found is None or found.end() > sentence.end or _FINAL.search(sentence.text):
        return None
    return _ground_club(found, o, resolver)


def _ground_club(found: re.Match, other: str, resolver) -> str | None:
    """The club whose ground the matched place names (its longest leading words that name
    one), when that is a club other than `other` and both are clubs, not national teams."""
    words = found.group("place").split()
    grounds = (stadium_team(" ".join(words[:n])) for n in range(len(words), 0, -1))
    team = next((t for t in grounds if t), None)
    if team is None or team == other:
        return None
    a, b = resolver.teams.get(other), resolver.teams.get(team)
    if a is None or b is None or a.kind != "club" or b.kind != "club":
        return None
    return team
