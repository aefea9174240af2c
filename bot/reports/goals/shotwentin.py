"""A shot told going in inside a post (`drove a low shot inside the far post`) and a penalty
told by how it was struck (`Depay chipped a penalty down the middle`): goals that set 43
left unread. A miss word in the clause (`saved`, `wide`, `hit the post`) still makes
none, and a penalty struck `wide`, `over` or `onto` something is no goal."""

from __future__ import annotations

SHOT_WENT_IN = (
    r"\b(?:shot|drive|effort|strike|volley|header|finish) inside the (?:far|near|left|right) "
    r"post\b|"
    r"\b(?:chipped|dinked|rolled|slotted|stroked|tucked|placed|smashed|drilled|fired|lashed|"
    r"blasted|swept|side-footed|dispatched|buried) (?:a|the|his|her) (?:[\w-]+ )?"
    r"(?:penalty|spot[- ]kick)\b(?! (?:wide|over|against|onto|into the (?:arms|hands)))"
)
KEYS = "inside the|penalty|spot"
