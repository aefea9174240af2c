"""A scorer list without minutes after a result: `Tore: Kane (2), Musiala.`, `Goals: Saka
2, Havertz.`, `Torschützen: Kane 2, Musiala`. The counts add up to the goals of one match
only; that match, the only one the text reads with that many goals, takes the list, each
goal on the side that scored if the other scored none. A list that counts more or fewer
goals than any match, or fits two, gives nothing."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.facts import Goal, Match
from bot.reports.goals.cues import GOALS_LINE
from bot.reports.names.players import last_name
from bot.reports.text.document import Document

_ITEM = re.compile(
    r"(?P<name>[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+(?:[A-ZÀ-Ý]|van |de |da |di )[\w'’.-]*){0,2})"
    r"(?:[ \t]+\(?(?P<count>[2-5])\)?)?"
)
_SPLIT = re.compile(r"[ \t]*(?:,|;|\band\b|\bund\b)[ \t]*")
_NO_ONE = frozenset("none nil nobody keine keiner niemand fehlanzeige".split())
"""`Goals: None.`: no scorer."""


def attach_counted_lists(
    doc: Document, matches: list[Match], full_name: Callable[[str], str]
) -> None:
    """Give a match the goals of a minute-less scorer list that counts exactly its goals."""
    if ":" not in doc.text:
        return
    for sentence in doc.sentences:
        # each match holds a colon: most sentences have none, a C scan is cheaper
        head = GOALS_LINE.search(sentence.text) if ":" in sentence.text else None
        if head is None:
            continue
        scorers = _scorers(sentence.text[head.end() :].strip().rstrip("."))
        if not scorers:
            continue
        total = sum(count for _, count in scorers)
        fits = [m for m in matches if m.score is not None and sum(m.score) == total]
        if len(fits) != 1:
            continue
        match = fits[0]
        if match.goals and (len(match.goals) >= total or not _within(match.goals, scorers)):
            continue
        home, away = match.score
        side = match.home if away == 0 else match.away if home == 0 else None
        evidence = sentence.text.strip()
        match.goals = [
            Goal(side, name if " " in name else full_name(name), None, evidence=evidence)
            for name, count in scorers
            for _ in range(count)
        ]


def _scorers(listed: str) -> list[tuple[str, int]]:
    """(name, goals) for each item of a list of names and counts only; [] for anything else."""
    out = []
    for item in _SPLIT.split(listed):
        found = _ITEM.fullmatch(item.strip())
        if found is None or found.group("name").lower() in _NO_ONE:
            return []
        out.append((found.group("name"), int(found.group("count") or 1)))
    return out


def _within(goals: list[Goal], scorers: list[tuple[str, int]]) -> bool:
    """The goals read so far are all scorers of the list."""
    names = {last_name(name) for name, _ in scorers}
    return all(last_name(goal.player) in names for goal in goals)
