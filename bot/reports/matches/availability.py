"""`Berti Vogts's side held on, although Klinsmann is doubtful for the semi-final`,
`Müller fehlt im Halbfinale gesperrt`: a player's fitness or suspension for a round
tells a round ahead, not the round of the result the report is about."""

from __future__ import annotations

import re

from bot.reports.text.holdsany import holds_any

_AHEAD = re.compile(
    r"\b(?:doubtful|doubt|fit|available|unavailable|suspended|banned|ruled out|out|miss|"
    r"misses|will miss|set to miss|racing to be fit)\s+(?:for|of)?\s*(?:the|next\s+\w+'s)\s+"
    r"(?:semi-?finals?|finals?|quarter-?finals?)\b|"
    r"\b(?:fraglich|gesperrt|fehlt|fehlen|verpasst|verpassen|auszufallen|fällt)\b[^.;]{0,30}?"
    r"\b(?:im|fürs|für das)\s+(?:Halbfinale|Finale|Endspiel|Viertelfinale)\b|"
    r"\b(?:im|fürs|für das)\s+(?:Halbfinale|Finale|Endspiel|Viertelfinale)\s+(?:\w+\s+)?"
    r"(?:fraglich|gesperrt|aus)\b",
    re.I,
)
_KEYS = ("doubt", "fit", "available", "suspend", "bann", "ruled", "miss", " out ", "fraglich",
         "gesperrt", "fehl", "verpass", "ausz", "fällt")  # fmt: skip


def tells_round_ahead(text: str) -> bool:
    """Whether the sentence names a round only as one a player may miss or play."""
    low = text.lower()
    return holds_any(low, _KEYS) and _AHEAD.search(text) is not None
