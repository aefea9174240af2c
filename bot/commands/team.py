"""/team TEAM: what the store knows about a team, and from which reports."""

from __future__ import annotations

from functools import partial

from bot.commands import register
from bot.commands.asking import team_problem
from bot.commands.request import Request
from bot.commands.teamargs import too_long
from bot.i18n import N_
from bot.render.common import competition_name, context_line, footer
from bot.render.match import score_line
from bot.seam import Reply, Section

SOURCE_MATCHES = 3


async def team(req: Request) -> Reply:
    words = list(req.args)
    if not words:
        return req.error(
            req.tr._("Name a team, for example: %(example)s") % {"example": "/team bvb"}
        )
    if too_long(words):
        return req.error(req.tr._("That is too long for a team name."))
    pick = req.teams.pick(" ".join(words))
    problem = team_problem(req, [pick], lambda values: f"/team {values[0]}")
    if problem:
        return problem
    team_id = pick.team.id
    name = partial(req.teams.name, lang=req.lang)
    summary = await req.store.team_summary(team_id)
    title = name(team_id)
    if summary is None or summary.matches == 0:
        text = req.tr._("I have no match of %(team)s stored.") % {"team": title}
        return req.notice(text, title=title)
    tr = req.tr
    lines = [
        tr.ngettext("%(n)s match stored", "%(n)s matches stored", summary.matches)
        % {"n": tr.number(summary.matches)},
        tr._("Won %(w)s, drawn %(d)s, lost %(l)s")
        % {"w": summary.wins, "d": summary.draws, "l": summary.losses},
    ]
    if summary.first_date and summary.last_date:
        lines.append(
            tr._("From %(first)s to %(last)s")
            % {"first": tr.date(summary.first_date), "last": tr.date(summary.last_date)}
        )
    competitions = [competition_name(c, req.lang) or c for c in summary.competitions]
    if competitions:
        lines.append(tr._("Competitions: %(list)s") % {"list": tr.join(competitions)})
    sections = [Section(None, tuple(lines))]
    recent = await req.store.matches(team_id, None, limit=SOURCE_MATCHES)
    if recent:
        sections.append(Section(tr._("Latest match"), (score_line(tr, recent[0].match, name),)))
    ties = await req.store.ties_of(team_id, limit=3)
    if ties:
        labels = []
        for stored in ties:
            other = next((t for t in stored.tie.teams if t != team_id), None)
            where = context_line(tr, stored.tie.competition, stored.tie.season, stored.tie.stage)
            label = tr._("against %(team)s") % {"team": name(other)} if other else ""
            labels.append(", ".join(p for p in (where, label) if p))
        sections.append(Section(tr._("Two-legged ties"), tuple(labels)))
    sources = [s for stored in recent for s in stored.sources]
    return req.answer(title, sections, footer(tr, sources))


register("team", team, N_("What I know about a team"), N_("TEAM"), order=40)
