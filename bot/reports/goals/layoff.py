"""`Rice headed a free kick back across the box and Havertz shot in`, `Müller köpfte die Flanke
quer zu Kane, der einschob`: a header laid back, across or down for another is the set-up,
not the goal (a held-out report credited the provider of a headed knock-back)."""

from __future__ import annotations

import re

LAID_OFF_EN = (
    r"(?!(?: [\w'’-]+){0,3}? (?:back across|back into (?:the )?(?:box|area|danger|centre|middle)|"
    r"across (?:the )?(?:goal|goalmouth|face|box|area)|down (?:for|to|into the path)|"
    r"into the path|back to|back for|sideways|square)\b)"
)
"""After `headed`: the ball went to a team-mate, not in."""
LAID_OFF_DE = (
    r"(?![^.;:,]{0,30}?\b(?:quer|zurück|in den Lauf|in die Mitte|vor das Tor|vors Tor|"
    r"weiter zu|ab zu|auf (?-i:[A-ZÄÖÜ])\w+ weiter)\b)"
)
"""After `köpfte`: the header went on to a team-mate (`quer`, `zurück`, `in die Mitte`)."""

_LAYER = re.compile(
    r"\s+(?:headed|nodded|knocked|flicked|cushioned|chested|laid|played|squared|pulled|cut|"
    r"hooked|volleyed|touched|poked|köpfte|legte|spielte|passte|nickte|leitete|verlängerte)\b"
    r"[^.;:,]{0,40}?\b(?:back across|back into (?:the )?(?:box|area|danger|centre|middle)|"
    r"across (?:the )?(?:goal|goalmouth|face|six-yard box)|down (?:for|to|into the path)|"
    r"into the path|back (?:to|for) (?-i:[A-Z])|"
    r"quer|zurück|in den Lauf|in die Mitte|vor das Tor|vors Tor)\b",
    re.I,
)


def lays_off(text: str, end: int) -> bool:
    """Whether the name or reference ending at `end` is followed by a lay-off: a header or
    pass back across, down or into the path of another, who then scored."""
    return _LAYER.match(text, end) is not None
