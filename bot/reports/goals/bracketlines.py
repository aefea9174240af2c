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
    told_before = match.goals or []
    if len(told_before) >= sum(match.score) and all(g.minute is not None for g in told_before):
        return  # the prose already tells every goal with its minute
    goals: list[Goal] = []
    for side in (match.home, match.away):
        count, listed = told[side]
        if (count == 0) != (listed is None):
            return
        if listed is None:
            continue
        side_goals = _counted(listed, count, side, full_name) or _side_items(
            listed, side, f"({listed.strip()})", full_name, doc.resolver.resolve
        )
        if side_goals is None or len(side_goals) != count:
            return
        goals.extend(side_goals)
    if all(goal.minute is not None for goal in goals):
        goals.sort(key=lambda goal: (goal.minute, goal.added or 0))
    if len(told_before) >= sum(match.score):
        goals = _timed_prose(told_before, goals)
        if goals is None:
            return
    match.goals = goals


_COUNTED = re.compile(r"([A-ZÀ-Ý][\w'’.-]*(?:[ \t]+[A-ZÀ-Ý][\w'’.-]*){0,2})[ \t]+([2-9])")


def _counted(listed: str, count: int, side: str, full_name) -> list[Goal] | None:
    """`Mexico 2 (Luis Garcia 2)`: one scorer and a number equal to the side's goals is
    his count of goals, not a minute (one minute cannot account for two goals); each goal
    is untimed."""
    found = _COUNTED.fullmatch(listed.strip())
    if found is None or int(found.group(2)) != count:
        return None
    name = found.group(1)
    player = name if " " in name else full_name(name)
    return [Goal(side, player, None, evidence=f"({listed.strip()})") for _ in range(count)]


def _timed_prose(prose: list[Goal], listed: list[Goal]) -> list[Goal] | None:
    """`Two goals from the Ivorian` beside `Drogba 84` in the prose and `Drogba 20, 84` in
    the line: the line times the prose's untimed goal, where it lists the same scorers for
    the same sides with every minute and agrees on each minute the prose gives; the prose's
    own goals (with their flags and assists) are kept, each untimed one becomes the line's
    goal left to its scorer (told by the line, with the prose's full name)."""
    if len(prose) != len(listed) or any(g.minute is None for g in listed):
        return None
    left = list(listed)
    for goal in (g for g in prose if g.minute is not None):
        same = next((g for g in left if _same(g, goal) and g.minute == goal.minute), None)
        if same is None:
            return None
        left.remove(same)
    out = [g for g in prose if g.minute is not None]
    for goal in (g for g in prose if g.minute is None):
        same = next((g for g in left if _same(g, goal)), None)
        if same is None:
            return None
        left.remove(same)
        out.append(replace(same, player=goal.player, team=goal.team or same.team))
    return sorted(out, key=lambda goal: (goal.minute, goal.added or 0))


def _same(listed: Goal, told: Goal) -> bool:
    """The same scorer (the line gives surnames) for the same side, where both say it."""
    if listed.team and told.team and listed.team != told.team:
        return False
    surname = (listed.player or "").split()[-1:]
    return bool(surname) and (told.player or "").split()[-1:] == surname


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
