"""/result TEAM [TEAM] and /results TEAM [N]: the latest match, or a team's recent matches."""

from __future__ import annotations

from functools import partial

from bot.commands import register
from bot.commands.asking import settle_by_opponent, team_problem
from bot.commands.request import Request
from bot.commands.teamargs import too_long
from bot.i18n import N_
from bot.render.common import competition_name, context_line, footer
from bot.render.conflicts import conflict_lines
from bot.render.match import match_lines, score_line
from bot.seam import Reply, Section

DEFAULT_COUNT = 5
MAX_COUNT = 20


async def result(req: Request) -> Reply:
    words = list(req.args)
    if not words:
        return req.error(
            req.tr._("Name a team, or two, for example: %(example)s") % {"example": "/result miami"}
        )
    if too_long(words):
        return req.error(req.tr._("That is too long for a team name."))
    first, second = req.teams.one_or_two(words)
    if second:
        first, second = await settle_by_opponent(req, (first, second))
    picks = [first] + ([second] if second else [])
    problem = team_problem(req, picks, lambda values: " ".join(["/result", *values]))
    if problem:
        return problem
    team = first.team.id
    opponent = second.team.id if second and second.team else None
    name = partial(req.teams.name, lang=req.lang)
    found = await req.store.matches(team, opponent, limit=1)
    if not found:
        if opponent:
            text = req.tr._("I have no match between %(a)s and %(b)s stored.") % {
                "a": name(team),
                "b": name(opponent),
            }
        else:
            text = req.tr._("I have no match of %(team)s stored.") % {"team": name(team)}
        return req.notice(text)
    stored = found[0]
    match = stored.match
    sections = []
    context = context_line(req.tr, match.competition, match.season, match.stage)
    leg = {1: req.tr._("first leg"), 2: req.tr._("second leg")}.get(match.leg or 0)
    if leg:
        context = f"{context}, {leg}" if context else leg
    sections.append(Section(context, tuple(match_lines(req.tr, match, name))))
    disagreements = conflict_lines(req.tr, stored.conflicts, name)
    if disagreements:
        sections.append(Section(req.tr._("Reports disagree"), tuple(disagreements)))
    title = req.tr._("Latest match of %(team)s") % {"team": name(team)}
    if opponent:
        title = req.tr._("Latest match: %(a)s v %(b)s") % {"a": name(team), "b": name(opponent)}
    return req.answer(title, sections, footer(req.tr, stored.sources))


async def results(req: Request) -> Reply:
    words = list(req.args)
    count = DEFAULT_COUNT
    if len(words) > 1 and words[-1].isdecimal() and len(words[-1]) <= 3:
        count = max(1, min(MAX_COUNT, int(words.pop())))
    if not words:
        return req.error(
            req.tr._("Name a team, for example: %(example)s") % {"example": "/results miami 5"}
        )
    if too_long(words):
        return req.error(req.tr._("That is too long for a team name."))
    pick = req.teams.pick(" ".join(words))
    rest = f" {count}" if count != DEFAULT_COUNT else ""
    problem = team_problem(req, [pick], lambda values: f"/results {values[0]}{rest}")
    if problem:
        return problem
    team = pick.team.id
    name = partial(req.teams.name, lang=req.lang)
    found = await req.store.matches(team, None, limit=count)
    if not found:
        return req.notice(req.tr._("I have no match of %(team)s stored.") % {"team": name(team)})
    lines = []
    sources = []
    conflicts = []
    for stored in found:
        match = stored.match
        when = req.tr.date(match.date) if match.date else req.tr._("date not known")
        line = f"{when}: {score_line(req.tr, match, name)}"
        competition = competition_name(match.competition, req.lang)
        if competition:
            line += f" ({competition})"
        lines.append(line)
        sources.extend(stored.sources)
        conflicts.extend(stored.conflicts)
    sections = [Section(None, tuple(lines))]
    disagreements = conflict_lines(req.tr, conflicts, name)
    if disagreements:
        sections.append(Section(req.tr._("Reports disagree"), tuple(disagreements)))
    title = req.tr.ngettext(
        "The latest match of %(team)s", "The latest %(n)s matches of %(team)s", len(found)
    ) % {"team": name(team), "n": len(found)}
    return req.answer(title, sections, footer(req.tr, sources))


register(
    "result",
    result,
    N_("The latest match of a team, or between two teams"),
    N_("TEAM [TEAM]"),
    order=20,
)
register("results", results, N_("A team's recent matches"), N_("TEAM [N]"), order=30)
