"""`Oscar Cordoba's saves ... Cordoba, the Colombian goalkeeper, kept Boca in the game`:
a one-word name followed by an apposition that calls it a player or a coach
(`, the Colombian goalkeeper,`, `, der kolumbianische Torhüter,`) is a person's
throughout the text, even where it is also a club's own name (Córdoba), so it is
no team anywhere in that text."""

from __future__ import annotations

import re

_ROLE_APPOSITION = re.compile(
    r",\s+(?:the|their|der|die|ihr|ihre|sein|seine)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:goalkeeper|keeper|goalie|striker|forward|midfielder|defender|winger|full-back|"
    r"centre-back|center-back|playmaker|captain|coach|manager|"
    r"torwart|torhüter|schlussmann|stürmer|mittelfeldspieler|verteidiger|abwehrspieler|"
    r"außenverteidiger|innenverteidiger|spielmacher|kapitän|kapitänin|trainer|trainerin)"
    r"(?=\s*(?:[,.;)]|who\b|der\b|die\b))",
    re.I,
)


def role_named(text: str, found: list[dict]) -> set[str]:
    """Keys of one-word mentions that an apposition names as a player or coach."""
    out = set()
    for f in found:
        end = f["end"]
        if text.startswith(",", end) and " " not in f["alias"] and not f["genitive"]:
            if _ROLE_APPOSITION.match(text, end):
                out.add(f["key"])
    return out
