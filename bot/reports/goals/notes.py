"""A goal minute's note in brackets (`(80, pen)`, `(55., ET)`) flags a penalty or an own
goal with the words goal and scorer lines use (`pen` without its dot too)."""

from __future__ import annotations

from bot.reports.goals.lines import _OWN, _PENALTY


def note_flags(note: str) -> tuple[bool, bool]:
    """(penalty, own goal) a minute's note tells."""
    return bool(_PENALTY.search(note)), bool(_OWN.search(note))
