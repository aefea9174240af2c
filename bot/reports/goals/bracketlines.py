"""Results listed with each side's scorers in brackets behind its score, as British papers
print them: `At Wembley: Netherlands 1 (Kluivert 78) England 4 (Shearer 23 pen, 57,
Sheringham 51, 62)`. A line is taken only where the brackets account for every goal of
both sides (a side that scored none has no brackets), so an aside in brackets (`Chelsea 0
Inter Milan 1 (Inter win 3-1 on aggregate)`) adds nothing."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.facts import Goal, Match
from bot.reports.goals.scorerlines import _team_at
from bot.reports.goals.sidescorers import _items as timed_items
from bot.reports.text.document import Document

_CUE = re.compile(r"\d[ \t]*\(")
_LINE = re.compile(
    r"[ \t]*(?:[^\d\n:()]{1,40}:[ \t]*)?"
    r"(?P<a>[^\d\n,:;()]+?)[ \t]+(?P<x>\d{1,2})(?:[ \t]*\((?P<la>[^()\n]+)\))?[ \t]+"
    r"(?P<b>[^\d\n,:;()]+?)[ \t]+(?P<y>\d{1,2})(?:[ \t]*\((?P<lb>[^()\n]+)\))?[ \t.]*$"
)
_ITEMS = re.compile(r",[ \t]*(?=[^\d\s])|[ \t]+and[ \t]+")
_BARE = re.compile(r"^[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+[A-ZÀ-Ý][\w'’.-]*){0,2}$")
# A day or a month in brackets (`Portsmouth 1 (Saturday)`) dates the line; it names no scorer.
_WHEN_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch "
    "donnerstag freitag samstag sonnabend sonntag today tonight yesterday heute gestern "
    "january february march april may june july august september october november december "
    "januar jänner februar märz mai juni juli oktober dezember".split()
)


def attach_bracket_lines(
    doc: Document, matches: list[Match], full_name: Callable[[str], str]
) -> None:
    """Set the goals of a listed result whose bracketed scorers add up to its score."""
    text = doc.text
    seen: set[int] = set()
    for at in _cues(text):
        start = text.rfind("\n", 0, at) + 1
        if start in seen:
            continue
        seen.add(start)
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        found = _LINE.match(text, start, end)
        if found is not None:
            _attach(doc, found, matches, full_name)


def _cues(text: str):
    """The place of each `(` that ends a match of _CUE (`\\d[ \\t]*\\(`), in order: found
    by str.find, where _CUE would try a match at every character of the text. Each such
    `(` ends exactly one match of `_CUE.finditer` (a match holds no other `(`, and two
    matches cannot share one), whose start lies after the line's last newline, as does
    the `(`, so the line found from either is the same; `\\d` is str.isdecimal."""
    at = text.find("(")
    while at >= 0:
        back = at
        while back and text[back - 1] in " \t":
            back -= 1
        if back and text[back - 1].isdecimal():
            yield at
        at = text.find("(", at + 1)


def _attach(doc: Document, found: re.Match, matches: list[Match], full_name) -> None:
    first = _team_at(doc, found.start("a"), found.end("a"))
    second = _team_at(doc, found.start("b"), found.end("b"))
    if first is None or second is None or first == second:
        return
    told = {first: (int(found.group("x")), found.group("la")), second: (0, None)}
    told[second] = (int(found.group("y")), found.group("lb"))
    if told[second][0] == 0 and told[second][1] and told[first] == (int(found.group("x")), None):
        # `Norway 1 Mexico 0 (Rekdal 84)`: the line's scorers after it, all of the side
        # that scored (a side that scored none has no scorers)
        told = {first: (told[first][0], told[second][1]), second: (0, None)}
    match = next(
        (
            m
            for m in matches
            if m.score is not None
            and {m.home, m.away} == {first, second}
            and (m.score[0], m.score[1]) == (told[m.home][0], told[m.away][0])
        ),
        None,
    )
    if match is None:
        return
    goals: list[Goal] = []
    for side in (match.home, match.away):
        count, listed = told[side]
        if (count == 0) != (listed is None):
            return
        if listed is None:
            continue
        side_goals = _side_items(
            listed, side, f"({listed.strip()})", full_name, doc.resolver.resolve
        )
        if side_goals is None or len(side_goals) != count:
            return
        goals.extend(side_goals)
    if all(goal.minute is not None for goal in goals):
        goals.sort(key=lambda goal: (goal.minute, goal.added or 0))
    prose = match.goals or []
    if len(prose) >= sum(match.score):  # the prose tells every goal: the box only times them
        goals = _timed_prose(prose, goals)
        if goals is None:
            return
    match.goals = goals


def _surname(player: str | None) -> str:
    return player.split()[-1].lower() if player else ""


def _timed_prose(prose: list[Goal], listed: list[Goal]) -> list[Goal] | None:
    """`Chelsea 2 (Drogba 20, 84) Arsenal 1 (Walcott 12)` under a story that told Drogba's
    first goal without its minute: the box's goals, each kept as the prose told it where
    that goal has the same minute and scorer; None unless every listed goal is timed and
    every goal of the prose is one of the box's (the two then tell the same goals)."""
    if any(goal.minute is None for goal in listed):
        return None
    names = {_surname(goal.player) for goal in listed}
    for goal in prose:
        same = [g for g in listed if _surname(g.player) == _surname(goal.player)]
        if (
            _surname(goal.player) not in names
            or goal.minute is not None
            and not any((g.minute, g.added) == (goal.minute, goal.added) for g in same)
        ):
            return None
    out = []
    for goal in listed:
        told = [
            g
            for g in prose
            if (g.minute, g.added) == (goal.minute, goal.added)
            and _surname(g.player) == _surname(goal.player)
        ]
        out.append(replace(told[0], team=told[0].team or goal.team) if told else goal)
    return out


def _side_items(listed: str, side: str, evidence: str, full_name, doc_resolve) -> list[Goal] | None:
    """`Shearer 23 pen, 57, Sheringham 51, 62` (a scorer's minutes after his name) or bare
    names, one untimed goal each (`Manjarin, Amor 84`)."""
    goals: list[Goal] = []
    for item in _ITEMS.split(listed.strip()):
        item = item.strip()
        if item.lower() in _WHEN_WORDS:
            return None
        if _BARE.match(item) and not item.isupper() and doc_resolve(item) is None:
            goals.append(Goal(side, item if " " in item else full_name(item), None))
            continue
        timed = timed_items(item, side, full_name)
        if timed is None:
            return None
        goals.extend(timed)
    return [replace(goal, evidence=evidence) for goal in goals]
