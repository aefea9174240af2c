"""`Saturday's at White Hart Lane, Tottenham 4 Arsenal 5, belongs in the second category`:
a bare scoreline set between commas in a prose sentence is a result, home side first."""

from __future__ import annotations

import re

from bot.reports.matches.reading import Reading
from bot.reports.matches.scores import ScoreHit

_GAP = re.compile(r" (\d{1,2}) ")
_CLOSE = re.compile(r" (\d{1,2}),\s")
_STANDINGS = re.compile(r"\b(?:points?|pts|Punkte?n?|table|Tabelle|standings|Zähler)\b", re.I)
"""`the table reads Arsenal 30 Chelsea 29, ...`: figures of a table are no scores."""


def apposition_line(doc, sentence) -> list[Reading]:
    """The result of a `, Home N Away N,` apposition (one only, opened and closed by a
    comma), or nothing."""
    text = doc.text
    mentions = doc.mentions_in(sentence)
    found = []
    for first, second in zip(mentions, mentions[1:], strict=False):
        if first.team == second.team or not text.endswith(", ", sentence.start, first.start):
            continue
        gap = _GAP.fullmatch(text, first.end, second.start)
        close = _CLOSE.match(text, second.end)
        if gap and close:
            found.append((first, second, int(gap.group(1)), int(close.group(1))))
    if len(found) != 1 or _STANDINGS.search(sentence.text):
        return []
    first, second, home_goals, away_goals = found[0]
    hit = ScoreHit(
        first.end + 1, first.end + 1 + len(str(home_goals)), home_goals, away_goals, "result"
    )
    reading = Reading(sentence, hit, first.team, second.team, home_goals, away_goals, strength=3)
    reading.home = first.team
    return [reading]
