"""`Rüdiger turned the ball past his own goalkeeper, Thibaut Courtois; the own goal, in the
12th minute, took the sting out of Chelsea's start`: `the own goal` (`das Eigentor`, `the
goal`) opening a clause of a sentence that has just told a goal is that goal again, not a
new one whose scorer is whoever was named last."""

from __future__ import annotations

import re

_BACK = re.compile(
    r"\s*(?:the|that|this|der|das|dieser|dieses)\s+(?:own[- ]goal|goal|strike|Eigentor|Tor|"
    r"Treffer)\s*$",
    re.I,
)


def names_the_goal_told(reader, clause) -> bool:
    """Whether `clause` is only `the own goal` after a goal told earlier in its sentence."""
    return bool(_BACK.match(clause.text)) and len(reader.events) > reader._first_of_sentence
