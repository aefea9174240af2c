"""`The Sounders won 2-0 in Houston in the first leg ... and finished the job with a
3-0 home win`: a sentence that places a result in the town of a third club tells of
a tie with that club, so the story's pair is no guide to an unnamed opponent in it."""

from __future__ import annotations

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
    for m in doc.mentions_in(sentence):
        if m.prep != "in" or m.team in pair or not lo <= m.start - sentence.start < hi:
            continue
        team = resolver.teams.get(m.team)
        if team is None or team.kind == "national":
            continue
        if home_by_place(doc.text[m.start : m.end], pair, resolver) not in pair:
            return True
    return False
