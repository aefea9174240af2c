"""`Vor einer Woche hatte die Nationalmannschaft am selben Ort Island mit 3:0 besiegt`:
a result told as played at the same place as the one before it was at home for the side
that was at home there."""

from __future__ import annotations

import re

from bot.reports.patterns.keyed import Keyed

SAME_PLACE = Keyed(
    re.compile(
        r"\b(?:(?:am|im) (?:selben|gleichen) (?:Ort|Stadion|Spielort)|an selber Stätte|"
        r"(?:at|in) the same (?:venue|ground|stadium))\b",
        re.I,
    ),
    "selben|gleichen|selber|same",
)
"""Asked of every sentence with one result: most hold none of these words."""


def same_place_home(sentence, found: list, state) -> None:
    """Give the one result of `sentence` the last result's home side when the sentence
    tells it at the same place, that side plays in it, and it is another match."""
    if len(found) > 1:
        _same_place_in_sentence(sentence, found)
    if len(found) != 1 or not SAME_PLACE.search(sentence.text):
        return
    r, host = found[0], state.pair_home
    if r.home or not host or not r.teams() or host not in r.teams():
        return
    if state.pair and set(r.teams()) == set(state.pair):
        return
    r.home = host


def _same_place_in_sentence(sentence, found: list) -> None:
    """`won 4-0 at the Bernabéu in 2015, and the 6-2 win in the same stadium in 2009`:
    the result right before `in the same stadium` was at home for the home side of the
    result before it in the sentence, where both are between the same two sides (the
    place said outranks a home guessed from later words)."""
    same = SAME_PLACE.search(sentence.text)
    if same is None:
        return
    at = sentence.start + same.start()
    before = [r for r in found if r.hit.end <= at]
    if len(before) < 2 or at - before[-1].hit.end > 12:
        return
    r, told = before[-1], before[-2]
    if told.home in (None, "neutral") or not r.teams() or set(r.teams()) != set(told.teams() or ()):
        return
    r.home = told.home
