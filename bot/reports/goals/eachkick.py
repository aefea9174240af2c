"""`Mbappé und Lewandowski trafen jeweils vom Elfmeterpunkt`, `X and Y each scored from
the spot`: a kick told once after several scorers with `jeweils` / `each` is every
one of theirs, not only the last one's."""

from __future__ import annotations

from bot.reports.goals import cues as goalcues


def kicks_for_each(text: str, lang: str, doers: list, clause_end: int) -> bool:
    """Whether the words after the last of several scorers say each took a penalty."""
    if len(doers) < 2:
        return False
    tail = text[doers[-1].end : clause_end]
    share = goalcues.SHARE.search(tail)
    kick = goalcues.PENALTY[lang].search(tail)
    return share is not None and kick is not None
