"""A result told as the one that won a cup (`mit einem 4:2 gegen Kroatien den WM-Titel
gewonnen`, `beat Liverpool 1-0 to lift the FA Cup`) was that cup's final; a league
title is won on points, never in a final, so only cup and tournament titles count."""

from __future__ import annotations

import re

from bot.reports.text.clausecuts import clause_cuts

_CUP = (
    r"(?:WM|EM|World Cup|Weltmeister\w*|Europameister\w*|European|Copa [A-Z]\w+|"
    r"Champions[- ]League|Europa[- ]League|Conference[- ]League|Libertadores|Pokal|"
    r"DFB-Pokal|FA Cup|Africa Cup|Afrika-Cup|Asian Cup|Gold Cup|Nations League)"
)
_WON = re.compile(
    r"\b(?:den|die|das)\s+" + _CUP + r"[\w-]*(?:[- ]?(?:Titel|Trophäe|Krone))?\s+"
    r"(?:\w+\s+){0,2}(?:gewonnen|geholt|gewann|holte)\b|"
    r"\b(?:gewann|gewinnt|holte|holt)\s+(?:den|die|das)\s+" + _CUP + r"[\w-]*|"
    r"\b(?:won|win|wins|winning|lift|lifted|lifting|claimed)\s+(?:the|its|their)\s+"
    + _CUP
    + r"(?:\s+(?:title|trophy|crown))?\b",
)


_HOPED = re.compile(
    r"\b(?:course|hopes?|hoping|chance|bid|aim|aims|dream\w*|favou?rites?|try\w*|tries|"
    r"attempt|could|would|can|will|quest|still|yet|Chance|Traum|Hoffnung\w*|will|wollen|"
    r"könnte\w*|würde\w*)\W+(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)


def won_cup_final(text: str, at: int) -> bool:
    """Whether the clause of `text` holding offset `at` says the result won a cup (not
    that a side is `on course to win the World Cup`)."""
    cuts = [0, *clause_cuts(text), len(text)]
    for start, end in zip(cuts, cuts[1:], strict=False):
        if start <= at < end:
            won = _WON.search(text, start, end)
            return won is not None and not _HOPED.search(text, start, won.start())
    return False


def only_hoped(text: str, at: int) -> bool:
    """`on course to win`, `hopes of winning`: a trophy aimed at, not won."""
    return bool(_HOPED.search(text, max(0, at - 60), at))
