"""Scorer lines under a listed result, as wire round-ups print them ("Wales 2, Austria 1"
then "Wales: Gareth Bale (25), Bale (51, pen)."): a side's line is taken only when it
accounts for every goal that side scored, so a line-up or a partial list adds nothing."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from bot.facts import Goal, Match
from bot.reports.goals.lines import OWN_GOAL_NOTE, PENALTY_NOTE
from bot.reports.text.document import Document

_AP_RESULT = re.compile(
    r"^[ \t]*(?P<a>[^\d\n,:;()]+?)[ \t]+(?P<x>\d{1,2}),[ \t]+(?P<b>[^\d\n,:;()]+?)[ \t]+"
    r"(?P<y>\d{1,2})(?:[ \t]*,[^\n]*)?[ \t]*$"
)
_DASH_RESULT = re.compile(
    r"^[ \t]*(?P<a>[^\d\n,:;()]+?)[ \t]+(?P<x>\d{1,2})[ \t]*[-–:][ \t]*(?P<y>\d{1,2})[ \t]+"
    r"(?P<b>[^\d\n,:;()]+?)(?:[ \t]*[,(][^\n]*)?[ \t]*$"
)
_STOP = re.compile(r"[\d\n,:;()]")
_SCORE_OPENS = re.compile(r"\d{1,2}(?:,|[ \t]*[-–:])")
_SIDE_LINE = re.compile(
    r"^[ \t]*(?P<side>[^\W\d_][^:\n]{0,40}?)[ \t]*:[ \t]*(?P<list>[^\n]+?)[ \t.]*$"
)
_ITEM = re.compile(
    r"^(?P<name>[^\W\d_][^\W\d_'’.\- ]*(?:[ '’.\-]+[^\W\d_][^\W\d_'’.\- ]*){0,3})"
    r"(?:[ \t]+(?P<count>[2-5]))?(?:[ \t]*\((?P<notes>[^()]*)\))?$"
)
_MINUTE = re.compile(
    r"^(?P<minute>\d{1,3})(?:\.|['’])?(?:[ \t]*\+[ \t]*(?P<added>\d{1,2}))?\.?['’]?"
)
_PENALTY = re.compile(rf"^(?:{PENALTY_NOTE}|p)$", re.I)
_OWN = re.compile(rf"^(?:{OWN_GOAL_NOTE})$", re.I)
_LINEUP = re.compile(r"\s[-–]\s|\bsub(?:stitute)?s?\b|Trainer|Coach", re.I)


@dataclass
class _Line:
    start: int
    end: int
    text: str


def attach_scorer_lines(
    doc: Document, matches: list[Match], full_name: Callable[[str], str]
) -> None:
    """Set the goals of a listed result whose sides' scorer lines add up to its score."""
    if ":" not in doc.text or "(" not in doc.text:
        return
    lines = list(_lines(doc.text))
    for at, line in enumerate(lines):
        match = _listed_match(doc, line, matches)
        if match is None or match.score is None:
            continue
        goals = _side_goals(doc, lines[at + 1 : at + 3], match, full_name)
        if goals is not None:
            match.goals = goals


def _lines(text: str) -> Iterator[_Line]:
    start = 0
    for part in text.split("\n"):
        yield _Line(start, start + len(part), part)
        start += len(part) + 1


def _listed_match(doc: Document, line: _Line, matches: list[Match]) -> Match | None:
    if not _may_list_result(line.text):
        return None
    found = _AP_RESULT.match(line.text) or _DASH_RESULT.match(line.text)
    if found is None:
        return None
    first = _team_at(doc, line.start + found.start("a"), line.start + found.end("a"))
    second = _team_at(doc, line.start + found.start("b"), line.start + found.end("b"))
    if first is None or second is None or first == second:
        return None
    score = (int(found.group("x")), int(found.group("y")))
    for match in matches:
        if (match.home, match.away) == (first, second) and match.score == score:
            return match
        if (match.home, match.away) == (second, first) and match.score == score[::-1]:
            return match
    return None


def _may_list_result(text: str) -> bool:
    """Whether `_AP_RESULT` or `_DASH_RESULT` may match: their first team (and the spaces
    around it) holds no digit and none of "\\n,:;()", and the first score follows it after
    a space or tab, so the first of those characters in the line is a digit with a space
    or tab before it. One search for it spares most prose lines their slow lazy matches."""
    stop = _STOP.search(text)
    if stop is None or stop.group() in "\n,:;()":
        return False
    if text[stop.start() - 1 : stop.start()] not in (" ", "\t"):
        return False
    # the first score opens there: a comma after it (`Wales 2, Austria 1`) or a dash or
    # colon (`Dortmund 1:2 Bayern`); prose (`am 23. April`) has neither
    return _SCORE_OPENS.match(text, stop.start()) is not None


def _team_at(doc: Document, start: int, end: int) -> str | None:
    """The one team named by the whole of a span (a name, not a sentence about one)."""
    inside = doc.mentions_between(start, end)
    if len(inside) != 1:
        return None
    mention = inside[0]
    before, after = doc.text[start : mention.start], doc.text[mention.end : end]
    if before.strip() or after.strip(" \t.'’s"):
        return None
    return mention.team


def _side_goals(
    doc: Document, lines: list[_Line], match: Match, full_name: Callable[[str], str]
) -> list[Goal] | None:
    """Both sides' goals from the scorer lines right below, or None if any goal is
    unaccounted for."""
    told: dict[str, list[Goal]] = {}
    for line in lines:
        found = _SIDE_LINE.match(line.text)
        if found is None or _LINEUP.search(line.text):
            break
        side = _team_at(doc, line.start + found.start("side"), line.start + found.end("side"))
        if side not in (match.home, match.away) or side in told:
            break
        goals = _items(found.group("list"), side, line.text.strip(), full_name)
        if goals is None:
            return None
        told[side] = goals
    home, away = match.score
    for side, count in ((match.home, home), (match.away, away)):
        if len(told.get(side, [])) != count:
            return None
    if not told:
        return None
    return [goal for side in (match.home, match.away) for goal in told.get(side, [])]


def _items(
    listed: str, side: str, evidence: str, full_name: Callable[[str], str]
) -> list[Goal] | None:
    goals: list[Goal] = []
    for item in _split(listed):
        found = _ITEM.match(item.strip())
        if found is None:
            return None
        name = found.group("name").strip()
        player = name if " " in name else full_name(name)
        timed = _notes(found.group("notes"))
        if timed is None:
            return None
        count = int(found.group("count") or 0)
        if timed and count and count != len(timed):
            return None
        if not timed:
            timed = [(None, None, False, False)] * max(count, 1)
        goals.extend(
            Goal(side, player, minute, added, penalty, own, evidence=evidence)
            for minute, added, penalty, own in timed
        )
    return goals


def _split(listed: str) -> list[str]:
    """Items apart at commas and "and" outside parentheses."""
    items, depth, current = [], 0, []
    for char in listed:
        depth += char == "("
        depth -= char == ")"
        if char in ",;" and depth == 0:
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    parts = [p for item in items for p in re.split(r"\s+(?:and|und|&)\s+", item)]
    return [p for p in parts if p.strip()]


def _notes(notes: str | None) -> list[tuple[int | None, int | None, bool, bool]] | None:
    """The goals told inside one pair of parentheses: "25, 51 pen" is two goals, the
    flag belonging to the minute it follows."""
    if notes is None or not notes.strip():
        return []
    goals: list[list] = []
    for token in (t.strip() for t in notes.split(",")):
        minute = _MINUTE.match(token)
        rest = token[minute.end() :].strip() if minute else token
        if minute:
            added = minute.group("added")
            goals.append([int(minute.group("minute")), int(added) if added else None, False, False])
        if not rest:
            continue
        if not goals and not minute:
            goals.append([None, None, False, False])
        if minute is None and goals[-1][2:] != [False, False]:
            return None
        if _PENALTY.match(rest):
            goals[-1][2] = True
        elif _OWN.match(rest):
            goals[-1][3] = True
        else:
            return None
    return [tuple(goal) for goal in goals]
