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


def attach_bracket_lines(
    doc: Document, matches: list[Match], full_name: Callable[[str], str]
) -> None:
    """Set the goals of a listed result whose bracketed scorers add up to its score."""
    if "(" not in doc.text:
        return
    seen: set[int] = set()
    for cue in _CUE.finditer(doc.text):
        start = doc.text.rfind("\n", 0, cue.start()) + 1
        if start in seen:
            continue
        seen.add(start)
        end = doc.text.find("\n", cue.end())
        end = len(doc.text) if end < 0 else end
        found = _LINE.match(doc.text, start, end)
        if found is not None:
            _attach(doc, found, matches, full_name)


def _attach(doc: Document, found: re.Match, matches: list[Match], full_name) -> None:
    first = _team_at(doc, found.start("a"), found.end("a"))
    second = _team_at(doc, found.start("b"), found.end("b"))
    if first is None or second is None or first == second:
        return
    told = {first: (int(found.group("x")), found.group("la")), second: (0, None)}
    told[second] = (int(found.group("y")), found.group("lb"))
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
    if match is None or len(match.goals or []) >= sum(match.score):
        return  # none listed, or the prose already tells every goal
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
    match.goals = goals


def _side_items(listed: str, side: str, evidence: str, full_name, doc_resolve) -> list[Goal] | None:
    """`Shearer 23 pen, 57, Sheringham 51, 62` (a scorer's minutes after his name) or bare
    names, one untimed goal each (`Manjarin, Amor 84`)."""
    goals: list[Goal] = []
    for item in _ITEMS.split(listed.strip()):
        item = item.strip()
        if _BARE.match(item) and not item.isupper() and doc_resolve(item) is None:
            goals.append(Goal(side, item if " " in item else full_name(item), None))
            continue
        timed = timed_items(item, side, full_name)
        if timed is None:
            return None
        goals.extend(timed)
    return [replace(goal, evidence=evidence) for goal in goals]
