"""A shot told going in inside a post (`drove a low shot inside the far post`), a penalty
told by how it was struck (`Depay chipped a penalty down the middle`) and a keeper beaten
(`Raúl beat the goalkeeper from close range`): goals that sets 42 and 43 left unread. A
miss word in the clause (`saved`, `wide`, `hit the post`) still makes none, and a penalty
struck `wide`, `over` or `onto` something is no goal."""

from __future__ import annotations

SHOT_WENT_IN = (
    r"\b(?:shot|drive|effort|strike|volley|header|finish) inside the (?:far|near|left|right) "
    r"post\b|"
    r"\b(?:chipped|dinked|rolled|slotted|stroked|tucked|placed|smashed|drilled|fired|lashed|"
    r"blasted|swept|side-footed|dispatched|buried) (?:a|the|his|her) (?:[\w-]+ )?"
    r"(?:penalty|spot[- ]kick)\b(?! (?:wide|over|against|onto|into the (?:arms|hands)))|"
    r"\bbeat the (?:goal)?keeper\b(?! (?:to|for|in the air|on the)\b)"
)
KEYS = "inside the|penalty|spot|beat the"
