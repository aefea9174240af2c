"""A cup tie drawn and played again (`FA Cup semi-final replay`, `Wiederholungsspiel`):
the drawn match and its replay are two results of one pair that are no legs, and add up
to no aggregate. A video replay (`replays showed`, `TV-Wiederholung`) is no such match."""

from __future__ import annotations

import re

from bot.reports.matches.reading import Reading
from bot.reports.patterns.keyed import Keyed

_REPLAY = re.compile(
    r"(?<!video )(?<!tv )(?<!television )(?<!slow-motion )(?<!action )"
    r"\breplay(?:ed|s)?\b(?! (?:showed|show|shows|suggested|suggest|appeared|confirmed|"
    r"revealed|proved|indicated)\b)|"
    r"\bWiederholungsspiel\w*",
    re.I,
)
_REPLAY_KEYED = Keyed(_REPLAY, "replay|wiederholungsspiel")
"""Every match of _REPLAY holds `replay` or `wiederholungsspiel` (case aside): Keyed's
test skips a sentence with neither (a text with the letters re.I folds is searched)."""


def told_as_replay(a: Reading, b: Reading) -> bool:
    """Whether the sentence of either result calls one of the two a replay."""
    return bool(_REPLAY_KEYED.search(a.sentence.text) or _REPLAY_KEYED.search(b.sentence.text))
