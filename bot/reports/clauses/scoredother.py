"""`Riyad Mahrez scored in the 11th and 63rd minutes as Pep Guardiola's team beat PSG 2-0`
in a report that has both legs of City-PSG as other matches: the team named fits two
matches, and the score the clause states picks the one (a held-out report's second-leg
goals and red card went to no match at all)."""

from __future__ import annotations

import re

from bot.reports.clauses.cues import _LEG1, _LEG2
from bot.reports.clauses.pairing import LEG1, OTHER

_SCORE = re.compile(
    r"(\d(?<![\d.:-]\d)\d?)\s?[:-]\s?(\d{1,2})(?![\d:-]|\.\d)"
    r"(?!\s*(?:on aggregate|aggregate|in aggregate|insgesamt|in der Addition|n\.\s?V|i\.\s?E))"
)
r"""A digit first, its look-behind after it (the same matches as `(?<![\d.:-])(\d{1,2})`):
`re` skips to digits, where the look-behind first was tried at every character."""

_HALF_TIME = re.compile(r"(\d)\s*\(\d{1,2}\s?[:-]\s?\d{1,2}\)")
_DIGIT = re.compile(r"\d")


def other_by_score(pairing, teams: set[str], text: str) -> str | None:
    """The one other match of the teams named whose score the clause states, where the
    teams alone fit more than one."""
    fits = [
        i
        for i, m in enumerate(pairing.others)
        if teams and teams <= {m.home, m.away} and m.score is not None
    ]
    # every score holds a decimal digit (`\d`, which `str.isdigit` also takes)
    if len(fits) < 2 or _DIGIT.search(text) is None:
        return None
    if "(" in text:  # `4:0 (1:0)`: the bracket is the half-time score
        text = _HALF_TIME.sub(r"\1", text)
    told = {tuple(sorted((int(a), int(b)))) for a, b in _SCORE.findall(text)}
    if len(told) != 1:
        return None
    chosen = [i for i in fits if tuple(sorted(pairing.others[i].score)) in told]
    return f"{OTHER}{chosen[0]}" if len(chosen) == 1 else None


def told_leg_of_other(pairing, context: str, text: str, cues: set) -> str | None:
    """`Der Engländer hatte schon im Hinspiel zweimal getroffen` while the text tells another
    match: the other meeting of its two teams, where the report read that one as the leg
    the clause names (a first leg for `im Hinspiel`, `in the first leg`)."""
    if not context.startswith(OTHER):
        return None
    wanted = (1 if _LEG1 in cues and _LEG1.search(text) else None) or (
        2 if _LEG2 in cues and _LEG2.search(text) else None
    )
    match = pairing.match_for(context) if wanted else None
    if match is None or match.leg == wanted:
        return None
    teams = {match.home, match.away}
    fits = [
        i
        for i, m in enumerate(pairing.others)
        if m is not match and {m.home, m.away} == teams and m.leg == wanted and m.score
    ]
    return f"{OTHER}{fits[0]}" if len(fits) == 1 else None


def told_first_leg(pairing, teams: set[str], text: str) -> str | None:
    """`Chelsea had gone to the principality a fortnight ago and lost 3-1`: a clause of the
    tie's own two teams whose one score is the first leg's and not the second's tells the
    first leg, though no `first leg` word stands in it (a held-out report gave the first
    leg's four scorers to the 2-2 return)."""
    first, main = pairing.leg1, pairing.main
    if first is None or main is not pairing.leg2 or not teams or not teams <= pairing.teams:
        return None
    if first.score is None or main.score is None or sorted(first.score) == sorted(main.score):
        return None
    if "(" in text:
        text = _HALF_TIME.sub(r"\1", text)
    told = {
        tuple(sorted((int(found.group(1)), int(found.group(2)))))
        for found in _SCORE.finditer(text)
        if not _RUNNING.search(text, max(0, found.start() - 30), found.start())
    }
    return LEG1 if told == {tuple(sorted(first.score))} else None


_RUNNING = re.compile(
    r"\b(?:give|gives|gave|giving|put|puts|made it|make it|making it|zum|zur|das)\b[^.;,]*$"
)
"""`scored in the ninth minute to give LAFC a 1-0 lead`, `traf zum 1:0`: a state of the
game, no result of the first leg."""
