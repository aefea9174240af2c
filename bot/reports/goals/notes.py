"""A goal minute's note in brackets (`(80, pen)`, `(55., ET)`) flags a penalty or an own
goal with the words goal and scorer lines use (`pen` without its dot too)."""

from __future__ import annotations

from bot.reports.goals import cues as goalcues
from bot.reports.goals.lines import _OWN, _PENALTY


def note_flags(note: str, penalty: bool, own: bool) -> tuple[bool, bool]:
    """(penalty, own goal): the flags given, or those a minute's note tells."""
    penalty = penalty or bool(_PENALTY.search(note))
    penalty = penalty or any(p.search(note) for p in goalcues.PENALTY.values())
    own = own or bool(_OWN.search(note)) or any(p.search(note) for p in goalcues.OWN_GOAL.values())
    return penalty, own
