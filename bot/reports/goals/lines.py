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
_HEADER_AFTER_BREAK = re.compile("\n" + _HEADER.pattern.removeprefix("^"), re.M)
_LINE = re.compile(
    r"^[ \t]*(?P<minute>\d{1,3})(?:\.|['’])?(?:[ \t]*\+[ \t]*(?P<added>\d{1,2})\.?['’]?)?[ \t]+"
    r"(?P<name>[^\W\d_][^\d\n:()]*?)"
    r"(?:[ \t]*\((?P<note>[^()\n]{1,30})\))?[ \t]+(?P<home>\d{1,2})[ \t]*[:-][ \t]*"
    r"(?P<away>\d{1,2})[ \t]*$"
)
PENALTY_NOTE = r"FE|Elfmeter|Foulelfmeter|Handelfmeter|Strafstoß|pen\.?|penalty|PK"
OWN_GOAL_NOTE = r"ET|Eigentor|og|o\.g\.|own[- ]goal"
"""The words a goal's note in brackets flags a penalty or an own goal with, in goal lines
and scorer lines alike."""
_PENALTY = re.compile(rf"\b(?:{PENALTY_NOTE})(?!\w)", re.I)
_INITIAL = re.compile(r"([^\W\d_])\.\s*(\S.*)")
_RUN_SPLIT = re.compile(r",\s*(?=\d{1,2}:\d)")
_SCORE_PAIR = re.compile(r"\d:\d")
_OWN = re.compile(rf"\b(?:{OWN_GOAL_NOTE})(?!\w)", re.I)


@dataclass
class LineGoal:
    minute: int | None
    added: int | None
    name: str
    score: tuple[int, int]
    penalty: bool
    own_goal: bool
    text: str


def read_goal_lines(text: str) -> list[list[LineGoal]]:
    """Each block of minute-first goal lines right under a goals header, in text order."""
    blocks: list[list[LineGoal]] = []
    if not starts_a_line(text, _HEADER, _HEADER_AFTER_BREAK):
        return blocks
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


def starts_a_line(text: str, pattern: re.Pattern, after_break: re.Pattern) -> bool:
    """Whether `pattern` (opened by `^`, multi-line) matches in `text`: at its start, or
    right after a line break, where `after_break` (the same opened by "\\n") matches. Led
    by that plain character, the search skips ahead fast; tried at every place, `^` is slow."""
    return pattern.match(text) is not None or after_break.search(text) is not None


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


_RUNNING = re.compile(
    r"^[ \t]*(?:Tore|TORE|Goals|GOALS)[ \t]*:[ \t]*(?P<list>[^\n]*\d:\d[^\n]*)$", re.M
)
_RUNNING_AFTER_BREAK = re.compile("\n" + _RUNNING.pattern.removeprefix("^"), re.M)
_RUNNING_IN_LINE = re.compile(
    r"\. (?:Tore|Goals)[ \t]*:[ \t]*(?P<list>\d{1,2}:\d{1,2}[^\n]*?)(?=\.(?: |$)|$)", re.M
)
"""`Das Meisterspiel: AS Rom – AC Parma 3:1 (2:0). Tore: 1:0 Totti, 2:0 Montella, ...`: the
list on the result's own line, after its sentence."""
_RUN_ITEM = re.compile(
    r"^(?P<home>\d{1,2}):(?P<away>\d{1,2})[ \t]+(?P<name>[^\W\d_][^\d(),\n]*?)"
    r"(?:[ \t]*\((?P<minute>\d{1,3})\.?(?:[ \t]*\+[ \t]*(?P<added>\d{1,2})\.?)?"
    r"(?:,[ \t]*(?P<note>[^()\n]{1,30}))?\))?$"
)


_UNNAMED_ITEM = re.compile(
    r"^(?P<home>\d{1,2}):(?P<away>\d{1,2})[ \t]*\((?P<note>[^()\d]{1,40})\)$"
)


def attach_running_goals(doc, matches: list[Match], full_name) -> None:
    """`Tore: 1:0 Sterling (43.), 2:0 Havertz (53., Handelfmeter)` under a result line:
    a complete account of that match's goals, the running score telling each side, so it
    stands over goals read from prose (which may belong to the other leg)."""
    if ":" not in doc.text:
        return
    found_all = []
    if starts_a_line(doc.text, _RUNNING, _RUNNING_AFTER_BREAK):
        found_all = list(_RUNNING.finditer(doc.text))
    if ". Tore:" in doc.text or ". Goals:" in doc.text:
        found_all += list(_RUNNING_IN_LINE.finditer(doc.text))
    for found in found_all:
        block = _running_block(found.group("list"), found.group().strip().removeprefix(". "))
        if not block or not _steps(block):
            continue
        located = _result_above(doc, found.start() + 1, matches, block[-1].score)
        if located is None:
            continue
        match, flipped = located
        goals, before = [], (0, 0)
        for line in block:
            home_scored = line.score[0] > before[0]
            before = line.score
            side = match.home if home_scored != flipped else match.away
            player = _named(line.name, full_name) if line.name else None
            goals.append(
                Goal(
                    side,
                    player,
                    line.minute,
                    line.added,
                    line.penalty,
                    line.own_goal,
                    evidence=line.text,
                )
            )
        named = [g.player for g in goals if g.player is not None]
        if named and all(last_name(p) for p in named) and not _same_goals(match.goals, goals):
            match.goals = goals


def _named(name: str, full_name) -> str:
    """A line's short name as the report names the player in full ("C. Ronaldo" is
    the "Cristiano Ronaldo" of the prose, not some other Ronaldo)."""
    initial = _INITIAL.fullmatch(name)
    if initial:
        full = full_name(initial.group(2))
        return full if full.startswith(initial.group(1)) and " " in full else name
    return name if " " in name else full_name(name)


def _same_goals(told: list[Goal] | None, listed: list[Goal]) -> bool:
    """The prose already told the same goals (and may add assists the line lacks)."""
    if not told or len(told) != len(listed):
        return False
    return all(
        (a.team, a.minute, a.added, last_name(a.player))
        == (b.team, b.minute, b.added, last_name(b.player))
        and a.penalty == b.penalty
        and a.own_goal == b.own_goal
        for a, b in zip(told, listed, strict=True)
    )


def _running_block(listed: str, evidence: str) -> list[LineGoal] | None:
    block = []
    for item in (part.strip() for part in _RUN_SPLIT.split(listed.strip(" ."))):
        found = _RUN_ITEM.match(item)
        unnamed = None if found else _UNNAMED_ITEM.match(item)
        if unnamed is not None:  # `3:1 (Parma, spät)`: a goal whose scorer the line leaves out
            score = (int(unnamed.group("home")), int(unnamed.group("away")))
            note = unnamed.group("note")
            flags = bool(_PENALTY.search(note)), bool(_OWN.search(note))
            block.append(LineGoal(None, None, "", score, *flags, evidence))
            continue
        if found is None:
            return None
        note = found.group("note") or ""
        minute = found.group("minute")
        block.append(
            LineGoal(
                int(minute) if minute else None,
                int(found.group("added")) if found.group("added") else None,
                found.group("name").strip(),
                (int(found.group("home")), int(found.group("away"))),
                bool(_PENALTY.search(note)),
                bool(_OWN.search(note)),
                evidence,
            )
        )
    return block


def _result_above(doc, at: int, matches: list[Match], final: tuple[int, int]):
    """The match of the nearest line above that names two teams and a score, and whether
    that line names them away side first."""
    starts = [0] + [i + 1 for i, char in enumerate(doc.text[:at]) if char == "\n"]
    spans = list(zip(starts, starts[1:], strict=False))[-8:]
    if doc.text[at - 1 : at] not in ("", "\n"):
        spans.append((starts[-1], at))  # `... 3:1 (2:0). Tore: ...`: the line's own result
    for start, end in reversed(spans):
        line = doc.text[start:end]
        if not _SCORE_PAIR.search(line):
            continue
        named = [m.team for m in doc.mentions_between(start, end)]
        named = list(dict.fromkeys(named))
        if len(named) != 2:
            continue
        for match in matches:
            if match.score is None:
                continue
            if (match.home, match.away) == tuple(named) and tuple(match.score) == final:
                return match, False
            if (match.away, match.home) == tuple(named) and tuple(match.score) == final[::-1]:
                return match, True
        if not _PROSE.search(line):
            return None
    return None


_PROSE = re.compile(r"\w[.!?] [A-ZÄÖÜ]|^[^\n]{160}")
"""A paragraph of prose (`... im Vorjahr hatten sie die Schale mit einem 1:0 bei Eintracht
Frankfurt gesichert.`) is no result line: a score told in it does not stop the search for
the heading above whose result the list of goals ends on."""
