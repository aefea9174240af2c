"""Minute-first goal lines under a goals header ("TORFOLGE" / "14. Gnabry 0:1"): the
running score on each line tells the side, the last line the match it belongs to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.facts import Goal, Match
from bot.reports.names.players import last_name

_HEADER = re.compile(
    r"^[ \t]*(?:TORFOLGE|Torfolge|TORE|Tore|Torschützen|TORSCHÜTZEN|GOALS|Goals|SCORING|"
    r"Scoring|Scoring summary|Goal sequence)[ \t]*:?[ \t]*$",
    re.M,
)
_LINE = re.compile(
    r"^[ \t]*(?P<minute>\d{1,3})(?:\.|['’])?(?:[ \t]*\+[ \t]*(?P<added>\d{1,2})\.?['’]?)?[ \t]+"
    r"(?P<name>[^\W\d_][^\d\n:()]*?)"
    r"(?:[ \t]*\((?P<note>[^()\n]{1,30})\))?[ \t]+(?P<home>\d{1,2})[ \t]*[:-][ \t]*"
    r"(?P<away>\d{1,2})[ \t]*$"
)
_PENALTY = re.compile(r"\b(?:FE|Elfmeter|Foulelfmeter|Handelfmeter|pen\.?|penalty)\b", re.I)
_OWN = re.compile(r"\b(?:ET|Eigentor|og|o\.g\.|own goal)\b", re.I)


@dataclass
class LineGoal:
    minute: int
    added: int | None
    name: str
    score: tuple[int, int]
    penalty: bool
    own_goal: bool
    text: str


def read_goal_lines(text: str) -> list[list[LineGoal]]:
    """Each block of minute-first goal lines right under a goals header, in text order."""
    blocks: list[list[LineGoal]] = []
    for header in _HEADER.finditer(text):
        block: list[LineGoal] = []
        at = header.end() + 1
        for line in text[at:].split("\n"):
            if not line.strip():
                if block:
                    break
                continue
            found = _LINE.match(line)
            if found is None:
                block = [] if not block else block
                break
            note = found.group("note") or ""
            block.append(
                LineGoal(
                    int(found.group("minute")),
                    int(found.group("added")) if found.group("added") else None,
                    found.group("name").strip(),
                    (int(found.group("home")), int(found.group("away"))),
                    bool(_PENALTY.search(note)),
                    bool(_OWN.search(note)),
                    f"{header.group().strip().rstrip(':')}: {line.strip()}",
                )
            )
        if block and _steps(block):
            blocks.append(block)
    return blocks


def _steps(block: list[LineGoal]) -> bool:
    """Each line adds exactly one goal to one side, starting from 0:0."""
    before = (0, 0)
    for goal in block:
        home, away = goal.score
        if (home, away) not in ((before[0] + 1, before[1]), (before[0], before[1] + 1)):
            return False
        before = goal.score
    return True


def attach_line_goals(text: str, matches: list[Match], full_name) -> None:
    """Set the goals of the one match whose final score a block of goal lines ends on."""
    for block in read_goal_lines(text):
        final = block[-1].score
        fits = [m for m in matches if m.score is not None and tuple(m.score) == final]
        if len(fits) != 1:
            continue
        match = fits[0]
        goals = []
        before = (0, 0)
        for line in block:
            side = match.home if line.score[0] > before[0] else match.away
            before = line.score
            goals.append(
                Goal(
                    team=side,
                    player=full_name(line.name) if " " not in line.name else line.name,
                    minute=line.minute,
                    added=line.added,
                    penalty=line.penalty,
                    own_goal=line.own_goal,
                    evidence=line.text,
                )
            )
        if all(last_name(g.player) for g in goals):
            match.goals = goals
