"""`Bayer 05 Uerdingen`, `Dinamo Bukarest`, `Spartak Trnava`, `Real Saragossa`: a word
that opens many clubs' names (and stands alone for one known club: `Bayer` for
Leverkusen) followed by another name the team list does not know is that other club,
never the known one. The longer known names (`Bayer Leverkusen`, `Dinamo Zagreb`) are
matched whole before this is asked."""

from __future__ import annotations

import re

_OPENERS = frozenset(
    "bayer dinamo dynamo spartak cska lokomotiv lokomotive deportivo athletic sporting "
    "racing real atletico atlético hajduk slavia sparta olympique union inter borussia "
    "eintracht fortuna rapid".split()
)
_FURTHER_NAME = re.compile(
    r"(?:[ ]\d{2})?[ ](?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
    r"Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\b)[A-ZÄÖÜ][a-zäöüßéèáíóúñç]{2,}\b"
)


def longer_club(text: str, key: str, end: int) -> bool:
    """Whether the one-word name `key` ending at `end` opens a longer club name."""
    return key in _OPENERS and _FURTHER_NAME.match(text, end) is not None
