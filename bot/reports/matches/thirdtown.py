"""`The Sounders won 2-0 in Houston in the first leg ... and finished the job with a
3-0 home win`: a sentence that places a result in the town of a third club tells of
a tie with that club, so the story's pair is no guide to an unnamed opponent in it."""

from __future__ import annotations

import re

from bot.reports.names.stadiums import stadium_team
from bot.reports.names.venues import home_by_place
from bot.reports.text.clausecuts import clause_breaks


def third_club_town(doc, sentence, hit, pair: tuple[str, str], resolver) -> bool:
    """Whether the score's clause names, as a place (`in Houston`), a club outside
    `pair` whose name is not the town of either side of it."""
    rel = hit.start - sentence.start
    lo, hi = 0, len(sentence.text)
    for start, end in clause_breaks(sentence.text):
        if end <= rel:
            lo = end
        elif start >= rel:
            hi = start
            break
    national_pair = all(
        getattr(resolver.teams.get(t), "kind", None) == "national" for t in pair
    )  # a club's town (`in Guadalajara`) hosts national teams too
    for m in doc.mentions_in(sentence):
        if m.prep != "in" or m.team in pair or not lo <= m.start - sentence.start < hi:
            continue
        team = resolver.teams.get(m.team)
        if team is None or team.kind == "national" or national_pair:
            continue
        if home_by_place(doc.text[m.start : m.end], pair, resolver) not in pair:
            return True
    text = sentence.text
    if " to " not in text and " ins " not in text:
        return False  # every way of telling the travel has one of them
    return _third_ground(text, lo, hi, pair, resolver)


_GONE_TO = re.compile(
    r"\b(?:(?:went|go|goes|going|travell?ed|travell?ing|headed|journeyed)\s+to|"
    r"(?:reiste|reisten|fuhr|fuhren|ging es)\s+ins)\s+(?:the\s+)?"
    r"([A-ZÄÖÜ][\w'’.-]*(?:\s+[A-ZÄÖÜ][\w'’.-]*){0,3})"
)


def _third_ground(text: str, lo: int, hi: int, pair, resolver) -> bool:
    """`In February, Rangers went to the Westfalenstadion and won 4-2` in a story about
    Rangers and Braga: the score's clause has a side travel to a third club's ground
    (not `beat Inter 5-0 at the Allianz Arena`, a final's neutral ground)."""
    for m in _GONE_TO.finditer(text, lo, hi):
        words = m.group(1).split()
        owners = (stadium_team(" ".join(words[:n])) for n in range(len(words), 0, -1))
        owner = next((t for t in owners if t), None)
        team = resolver.teams.get(owner) if owner else None
        if team is not None and team.kind == "club" and owner not in pair:
            return True
    return False
