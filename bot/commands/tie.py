"""/tie TEAM TEAM [SEASON]: the latest two-legged tie between two teams, as the store holds it."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from bot.commands import register
from bot.commands.asking import season_matches, settle_by_opponent, split_season, team_problem
from bot.commands.request import Request
from bot.commands.teamargs import too_long
from bot.facts import Match, Tie
from bot.i18n import N_
from bot.render.common import context_line
from bot.render.tie import others_section, tie_footer, tie_sections, tie_title
from bot.seam import Choice, Reply
from bot.ties import season_start
from storage.records import StoredTie

PENDING_LOOKBACK = 10
MAX_CHOICES = 3
TEAM_TIES = 6


async def tie(req: Request) -> Reply:
    words, season = split_season(list(req.args))
    if not words:
        return req.error(
            req.tr._("Name two teams, for example: %(example)s") % {"example": "/tie miami lafc"}
        )
    if too_long(words):
        return req.error(req.tr._("That is too long for two team names."))
    if len(words) == 1 or req.teams.is_exact(" ".join(words)):
        pick = req.teams.pick(" ".join(words))
        problem = team_problem(req, [pick], partial(_rebuild, season))
        return problem or await ties_of_team(req, pick.team.id, season)
    pair = req.teams.split_two(words)
    assert pair is not None
    pair = await settle_by_opponent(req, pair)
    problem = team_problem(req, list(pair), partial(_rebuild, season))
    if problem:
        return problem
    first, second = pair[0].team, pair[1].team
    assert first is not None and second is not None
    if first.id == second.id:
        return await ties_of_team(req, first.id, season)
    ties = await req.store.ties_between(first.id, second.id)
    ties = newest_first(ties + await pending_ties(req, first.id, second.id, ties))
    if season:
        ties = [t for t in ties if season_matches(season, t.tie.season)]
    if not ties:
        return await _none_stored(req, first.id, second.id, season)
    return _show(req, ties, with_teams=False)


async def ties_of_team(req: Request, team: str, season: str | None) -> Reply:
    """`/tie miami`: the team's latest tie, with its others named."""
    ties = newest_first(await req.store.ties_of(team, limit=TEAM_TIES))
    if season:
        ties = [t for t in ties if season_matches(season, t.tie.season)]
    if not ties:
        text = req.tr._("I have no tie of %(team)s stored.") % {
            "team": req.teams.name(team, req.lang)
        }
        return req.notice(text)
    return _show(req, ties, with_teams=True)


def _show(req: Request, ties: list[StoredTie], with_teams: bool) -> Reply:
    name = partial(req.teams.name, lang=req.lang)
    latest, others = ties[0], ties[1:]
    sections = tie_sections(req.tr, latest, name)
    also = others_section(req.tr, others, name, with_teams)
    if also:
        sections.append(also)
    reply = req.answer(tie_title(req.tr, latest, name), sections, tie_footer(req.tr, latest))
    return replace(reply, choices=_other_choices(req, others))


def _other_choices(req: Request, others: list[StoredTie]) -> tuple[Choice, ...]:
    """A button per older tie whose teams and season tell it apart, so one press shows it."""
    keys = [(frozenset(t.tie.teams), t.tie.season) for t in others]
    choices = []
    for stored, key in zip(others, keys, strict=True):
        tie = stored.tie
        if not tie.season or keys.count(key) > 1:
            continue
        label = context_line(req.tr, tie.competition, tie.season, tie.stage) or tie.season
        if len({frozenset(t.tie.teams) for t in others}) > 1:
            label = f"{label}: {tie_title(req.tr, stored, partial(req.teams.name, lang=req.lang))}"
        a, b = tie.teams
        choices.append(Choice(label, f"/tie {a} {b} {tie.season}"))
    return tuple(choices[:MAX_CHOICES])


async def _none_stored(req: Request, first: str, second: str, season: str | None) -> Reply:
    a, b = req.teams.name(first, req.lang), req.teams.name(second, req.lang)
    if season:
        text = req.tr._("I have no tie between %(a)s and %(b)s in %(season)s stored.") % {
            "a": a,
            "b": b,
            "season": season,
        }
    else:
        text = req.tr._("I have no tie between %(a)s and %(b)s stored.") % {"a": a, "b": b}
    lines = [text]
    if await req.store.matches(first, second, limit=1):
        lines.append(
            req.tr._("Their latest match: %(command)s") % {"command": f"/result {first} {second}"}
        )
    return req.notice(*lines)


async def pending_ties(req: Request, a: str, b: str, ties: list[StoredTie]) -> list[StoredTie]:
    """First legs whose tie the store has not paired yet: shown with what each side needs."""
    paired = {leg.id for t in ties for leg in (t.first_leg, t.second_leg) if leg is not None}
    found = []
    for stored in await req.store.matches(a, b, limit=PENDING_LOOKBACK):
        match = stored.match
        if match.leg != 1 or stored.id in paired:
            continue
        if any(_same_round(t.tie, match) for t in ties):
            continue
        tie = Tie((match.home, match.away), match.competition, match.season, match.stage)
        found.append(StoredTie(-stored.id, tie, first_leg=stored, sources=stored.sources))
    return found


def newest_first(ties: list[StoredTie]) -> list[StoredTie]:
    def key(stored: StoredTie) -> tuple[int, str]:
        dates = [leg.match.date or "" for leg in (stored.first_leg, stored.second_leg) if leg]
        return (season_start(stored.tie.season) or 0, max(dates, default=""))

    return sorted(ties, key=key, reverse=True)


def _same_round(tie: Tie, match: Match) -> bool:
    return (tie.competition, tie.season, tie.stage) == (
        match.competition,
        match.season,
        match.stage,
    ) and match.season is not None


def _rebuild(season: str | None, values: list[str]) -> str:
    return " ".join(["/tie", *values, *([season] if season else [])])


register(
    "tie",
    tie,
    N_("A two-legged tie: both legs, aggregate, who went through"),
    N_("TEAM TEAM [SEASON]"),
    order=10,
)
