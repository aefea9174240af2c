"""Replies for team arguments that did not resolve: a question with choices, or "no such team"."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.commands.request import Request
from bot.commands.teamargs import Pick
from bot.seam import Choice, Reply

SEASON = re.compile(r"(\d{4})(?:[-/](\d{2}|\d{4}))?")

Rebuild = Callable[[list[str]], str]


def team_problem(req: Request, picks: list[Pick], rebuild: Rebuild) -> Reply | None:
    """None when every pick found its team; else the reply that asks or explains.

    `rebuild(values)` makes the command a choice runs, given one value per pick
    (a team id where it is settled, the typed words where it is not).
    """
    values = [p.team.id if p.team else p.text for p in picks]
    unknown = [p for p in picks if p.lookup.status == "unknown"]
    if unknown:
        lines = []
        for pick in unknown:
            lines.append(req.tr._("No team called “%(name)s”.") % {"name": clip(pick.text)})
            names = [t.display(req.lang) for t in req.teams.suggestions(pick)]
            if names:
                lines.append(
                    req.tr._("Closest names I know: %(names)s.")
                    % {"names": req.tr.join(names, style="or")}
                )
        return req.error(*lines)
    for index, pick in enumerate(picks):
        if pick.lookup.status != "ambiguous":
            continue
        choices = []
        for team in pick.lookup.candidates:
            chosen = list(values)
            chosen[index] = team.id
            choices.append(Choice(team.display(req.lang), rebuild(chosen)))
        text = req.tr._("Which team do you mean by “%(name)s”?") % {"name": clip(pick.text)}
        return req.question(text, tuple(choices))
    return None


async def settle_by_opponent(req: Request, pair: tuple[Pick, Pick]) -> tuple[Pick, Pick]:
    """`/tie bayern real`: of the teams "real" may mean, keep the one the store holds a
    match or tie with Bayern for; with none or several, the question stays."""
    settled = [p.team for p in pair if p.team]
    if len(settled) != 1:
        return pair
    known = settled[0].id
    picks = list(pair)
    for index, pick in enumerate(picks):
        if pick.lookup.status != "ambiguous":
            continue
        held = [t for t in pick.lookup.candidates if await _held_together(req, known, t.id)]
        if len(held) == 1:
            picks[index] = replace(pick, lookup=replace(pick.lookup, status="found", team=held[0]))
    return picks[0], picks[1]


async def _held_together(req: Request, a: str, b: str) -> bool:
    return bool(await req.store.matches(a, b, limit=1) or await req.store.ties_between(a, b))


def clip(text: str, limit: int = 40) -> str:
    """Echo at most a little of what the user typed, without control characters."""
    text = "".join(ch for ch in text if ch.isprintable())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def split_season(words: list[str]) -> tuple[list[str], str | None]:
    if len(words) > 1 and SEASON.fullmatch(words[-1]):
        return words[:-1], words[-1]
    return words, None


def season_matches(wanted: str, stored: str | None) -> bool:
    """`2024` matches `2024`, `2023-24` and `2024-25`; `2023/24` matches `2023-24`."""
    if not stored:
        return False
    want = SEASON.fullmatch(wanted)
    have = SEASON.fullmatch(stored.strip())
    if not want or not have:
        return wanted.strip() == stored.strip()
    w_start, w_end = int(want.group(1)), _end(want)
    h_start, h_end = int(have.group(1)), _end(have)
    if w_end is None:
        return w_start in (h_start, h_end)
    return (w_start, w_end) == (h_start, h_end if h_end is not None else h_start)


def _end(found: re.Match[str]) -> int | None:
    tail = found.group(2)
    if not tail:
        return None
    start = int(found.group(1))
    return start // 100 * 100 + int(tail) if len(tail) == 2 else int(tail)
