"""`Am Samstag hatten sich beide Mannschaften in der Liga 1:1 getrennt: ..., nachdem Albiol
vom Platz gestellt worden war`, `The sides drew 1-1 in the league on Saturday, when ... was
sent off`: a sentence opening on a result whose score is not the report's match's tells of
another game, and so does a card told in it (a held-out report put a league red card on
the cup final)."""

from __future__ import annotations

import re

from bot.reports.clauses.scenes import MAIN

_SCORE = re.compile(r"(\d(?<![\d:.-]\d)\d?)\s?[:-]\s?(\d{1,2})(?![\d:-]|\.\d)")
_RESULT = re.compile(
    r"\b(?:getrennt|trennten|trennte|gewann|gewannen|siegte|siegten|verlor|verloren|unterlag|"
    r"unterlagen|besiegt|geschlagen|gewonnen|remis|Unentschieden|drew|draw|drawn|beat|beaten|"
    r"won|lost|defeated|thrashed|edged)\b"
)


def other_result(reading, scene) -> bool:
    """Whether the sentence's first clause, read as the main match's, states a result with
    a score that is not the main match's."""
    main = reading.pairing.main
    if main is None or not main.score or not scene.clauses:
        return False
    first = scene.clauses[0]
    if first.target != MAIN or not _RESULT.search(first.text):
        return False
    scores = {tuple(sorted(map(int, s))) for s in _SCORE.findall(first.text)}
    return len(scores) == 1 and tuple(sorted(main.score)) not in scores
