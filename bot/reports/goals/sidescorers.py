"""Scorers listed by side after a result, as wire reports print them: `United scorers:
Beckham 17, Giggs 109. Arsenal scorer: Bergkamp 69.`, `Scorers: Chelsea: Palmer 17,
Jackson 79; Arsenal: Saka 69.` A match's goals are taken from such lists only where they
account for every goal of each side that scored, and never against a full list the prose
told otherwise (the same goals, as the lists have them, gain their sides and flags)."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.facts import Goal, Match
from bot.reports.goals.lines import OWN_GOAL_NOTE, PENALTY_NOTE
from bot.reports.names.players import last_name
from bot.reports.text.document import Document

_LABELLED = re.compile(
    r"(?P<side>(?:[A-Z][\w.'’-]*[ \t]+){0,3}?[A-Z][\w.'’-]*)[ \t]+(?:scorers?|goalscorers?)"
    r"[ \t]*:[ \t]*(?P<list>[^.;\n]+)"
)
_UNDER_HEAD = re.compile(r"\b(?:Scorers|Goalscorers|Goals)[ \t]*:[ \t]*(?P<rest>[^\n]+)")
_SIDE_ITEM = re.compile(
    r"[ \t]*(?P<side>(?:[A-Z][\w.'’-]*[ \t]+){0,3}?[A-Z][\w.'’-]*)[ \t]*:[ \t]*(?P<list>[^.;]+)"
)
_ITEM = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+[A-ZÀ-Ý][\w'’.-]*){0,2})[ \t]+\(?"
    r"(?P<minutes>\d{1,3}(?:\+\d{1,2})?(?:[ \t]+(?:" + PENALTY_NOTE + "|" + OWN_GOAL_NOTE + r"))?"
    r"(?:,[ \t]*\d{1,3}(?:\+\d{1,2})?(?:[ \t]+(?:" + PENALTY_NOTE + "|" + OWN_GOAL_NOTE + r"))?)*)"
    r"\)?$",
    re.I,
)
_ONE = re.compile(r"(?P<minute>\d{1,3})(?:\+(?P<added>\d{1,2}))?(?:[ \t]+(?P<note>[\w.-]+))?", re.I)
_PEN = re.compile(rf"^(?:{PENALTY_NOTE})$", re.I)
_OWN = re.compile(rf"^(?:{OWN_GOAL_NOTE})$", re.I)


def attach_side_scorers(
    doc: Document, matches: list[Match], full_name: Callable[[str], str]
) -> None:
    """Set the goals of the one match whose sides' scorer lists add up to its score."""
    if "corers" not in doc.text and "Goals:" not in doc.text:
        return
    lists = _side_lists(doc)
    if not lists:
        return
    for match in matches:
        if match.score is None:
            continue
        goals = _goals_for(match, lists, full_name)
        if goals is None:
            continue
        if (
            match.goals
            and len(match.goals) >= sum(match.score)
            and _told(match.goals) != _told(goals)
        ):
            continue  # the prose tells all goals otherwise: leave them
        match.goals = goals


def _told(goals: list[Goal]) -> list[tuple]:
    return sorted((last_name(g.player), g.minute, g.added) for g in goals)


def _side_lists(doc: Document) -> list[tuple[str, str]]:
    """(team, listed scorers) for each side-labelled list in the text."""
    found: list[tuple[str, str]] = []
    for labelled in _LABELLED.finditer(doc.text):
        team = _team(doc, labelled.start("side"), labelled.end("side"))
        if team is not None:
            found.append((team, labelled.group("list")))
    for head in _UNDER_HEAD.finditer(doc.text):
        at = head.start("rest")
        for item in _SIDE_ITEM.finditer(head.group("rest")):
            team = _team(doc, at + item.start("side"), at + item.end("side"))
            if team is not None:
                found.append((team, item.group("list")))
    return found


def _team(doc: Document, start: int, end: int) -> str | None:
    inside = doc.mentions_between(start, end)
    if len(inside) != 1 or doc.text[start:end].strip() != doc.text[inside[0].start : end].strip():
        return None
    return inside[0].team


def _goals_for(match: Match, lists, full_name) -> list[Goal] | None:
    told: dict[str, list[Goal]] = {}
    for team, listed in lists:
        if team not in (match.home, match.away):
            continue
        goals = _items(listed, team, full_name)
        if goals is None or (team in told and told[team] != goals):
            return None
        told[team] = goals
    home, away = match.score
    if not told or any(
        len(told.get(side, [])) != count for side, count in ((match.home, home), (match.away, away))
    ):
        return None
    return [goal for side in (match.home, match.away) for goal in told.get(side, [])]


def _items(listed: str, team: str, full_name) -> list[Goal] | None:
    goals: list[Goal] = []
    evidence = listed.strip()
    for item in re.split(r",[ \t]*(?=[^\d\s])|[ \t]+and[ \t]+", listed.strip()):
        found = _ITEM.match(item.strip())
        if found is None:
            return None
        name = found.group("name")
        player = name if " " in name else full_name(name)
        for one in _ONE.finditer(found.group("minutes")):
            note = one.group("note") or ""
            if note and not (_PEN.match(note) or _OWN.match(note)):
                return None
            added = one.group("added")
            goals.append(
                Goal(
                    team,
                    player,
                    int(one.group("minute")),
                    int(added) if added else None,
                    bool(_PEN.match(note)),
                    bool(_OWN.match(note)),
                    evidence=evidence,
                )
            )
    return goals
