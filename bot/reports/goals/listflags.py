"""The flags of one item in a list of goals with bracketed minutes (`Mbappé (19.) und ein
Eigentor von Sven Bender (35.)`, `Kane (52) and an own goal by Schlotterbeck (70)`): an
own-goal or penalty cue told in that item, before its name, is that goal's alone."""

from __future__ import annotations

import re

from bot.reports.goals import cues as goalcues

_SEPARATOR = re.compile(r"\b(?:und|and|sowie|then|dann)\b|[,;]")


def item_flags(doc, lang: str, paired: list, person) -> tuple[bool, bool]:
    """(penalty, own goal) of the listed goal whose scorer is `person`."""
    since = max((m.end for _, m in paired if m.end <= person.start), default=None)
    if since is None:
        return False, False
    lead = doc.text[since : person.start]
    cut = list(_SEPARATOR.finditer(lead))
    if not cut:
        return False, False
    item = lead[cut[-1].end() :]
    return (
        bool(goalcues.PENALTY[lang].search(item)),
        bool(goalcues.OWN_GOAL[lang].search(item)),
    )
