"""`Borussia Mönchengladbach were no mugs. ... they knew Liverpool well. The two clubs had
met in the UEFA Cup final four years before, when Liverpool won the first leg 3-0`: a
sentence about `the two clubs` is about the two teams named since the last result, not
the pair of that result (Liverpool's FA Cup final against Manchester United)."""

from __future__ import annotations

import re

from bot.reports.text.holdsany import holds_any

_PAIR_WORDS = re.compile(
    r"\b(?:[Tt]he two (?:clubs|sides|teams|nations|countries)|[Bb]oth (?:clubs|sides|teams)|"
    r"[Dd]ie beiden (?:Klubs|Clubs|Vereine|Mannschaften|Teams|Nationen)|"
    r"[Bb]eide (?:Klubs|Clubs|Vereine|Mannschaften|Teams))\b"
)
_KEYS = ("two ", "oth ", "beide")


def pair_named_since(state, sentence, team: str) -> str | None:
    """The other of the two teams named since the last result where the sentence speaks of
    `the two clubs`; "" where it does but the story names no such pair (then no side is
    guessed); None where the sentence has no such words, or no team but `team` was named
    since (then the last result's pair is meant)."""
    text = sentence.text
    if not holds_any(text, _KEYS) or _PAIR_WORDS.search(text) is None:
        return None
    named: list[str] = []
    for i in range(state.index, -1, -1):
        if i in state.scored and i != state.index:
            break
        named += state.teams_in(i)
    teams = state.doc.resolver.teams if state.doc.resolver is not None else {}
    kind = getattr(teams.get(team), "kind", None)
    others = {t for t in named if getattr(teams.get(t), "kind", None) == kind} - {team}
    # `then flew to Italy` in a story of clubs: a country there is a place, no side
    if not others:
        return None  # `... lost 2-1 to United. The two clubs had met before`: that pair
    if team in named and len(others) == 1:
        return others.pop()
    return ""
