"""`Riyad Mahrez scored in the 11th and 63rd minutes as Pep Guardiola's team beat PSG 2-0`
in a report that has both legs of City-PSG as other matches: the team named fits two
matches, and the score the clause states picks the one (a held-out report's second-leg
goals and red card went to no match at all)."""

from __future__ import annotations

import re

from bot.reports.clauses.pairing import OTHER

_SCORE = re.compile(
    r"(?<![\d.:-])(\d{1,2})\s?[:-]\s?(\d{1,2})(?![\d:-]|\.\d)"
    r"(?!\s*(?:on aggregate|aggregate|in aggregate|insgesamt|in der Addition|n\.\s?V|i\.\s?E))"
)


def other_by_score(pairing, teams: set[str], text: str) -> str | None:
    """The one other match of the teams named whose score the clause states, where the
    teams alone fit more than one."""
    fits = [
        i
        for i, m in enumerate(pairing.others)
        if teams and teams <= {m.home, m.away} and m.score is not None
    ]
    if len(fits) < 2 or not any(c.isdigit() for c in text):
        return None
    told = {tuple(sorted((int(a), int(b)))) for a, b in _SCORE.findall(text)}
    if len(told) != 1:
        return None
    chosen = [i for i in fits if tuple(sorted(pairing.others[i].score)) in told]
    return f"{OTHER}{chosen[0]}" if len(chosen) == 1 else None
