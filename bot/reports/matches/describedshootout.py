"""`The second leg finished 1-1 after extra time ... and the Portuguese side converted
all five of their penalties to win the shoot-out 5-3`: a shoot-out won by a side told
by its nationality goes to the sentence's one result that went the distance (after
extra time, or a second leg), its winner the one club of that country in the pair."""

from __future__ import annotations

import re

from bot.reports.matches.reading import Reading
from bot.reports.names.descriptorcountry import descriptor_country

_WON = re.compile(
    r"\b(?:to win|won|wins|winning|gewann|gewannen|gewinnt|gewinnen)\s+(?:the\s+|das\s+)?"
    r"(?:penalty\s+)?(?:shoot-?out|elfmeterschießen)\s+(?:mit\s+)?$",
    re.IGNORECASE,
)
_CUT = r"(?:[,;]|\b(?:and|und|as|while|when|after|als|während|nachdem|weil|because)\b)"
_CLAUSE = re.compile(_CUT + r"(?!.*" + _CUT + r")", re.S)


def described_shootout(doc, sentence, hit, readings: list[Reading], resolver):
    """(reading, penalties from its first side) for a shoot-out at `hit` won by a side
    told by its nationality, or None."""
    before = doc.text[max(sentence.start, hit.start - 160) : hit.start]
    if hit.first == hit.second or not _WON.search(before[-60:]):
        return None
    cut = _CLAUSE.search(before)
    clause = before[cut.end() :] if cut else before
    named = {m.team for m in doc.mentions_between(hit.start - len(clause), hit.start)}
    country = descriptor_country(clause, resolver)
    if country is None:
        return None
    able = [r for r in readings if r.teams() and (r.extra_time or r.leg == 2)]
    if len(able) != 1:
        return None
    r = able[0]
    clubs = [t for t in r.teams() if getattr(resolver.teams.get(t), "country", None) == country]
    if len(clubs) != 1 or named - set(clubs):
        return None  # `the Portuguese side missed twice as Arsenal won the shoot-out`
    high, low = max(hit.first, hit.second), min(hit.first, hit.second)
    return r, ((high, low) if r.p == clubs[0] else (low, high))
