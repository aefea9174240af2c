"""A two-legged tie in words: both legs, the aggregate, who went through and how, or the needs."""

from __future__ import annotations

from bot.i18n import Translator
from bot.render.common import TeamName, context_line, footer
from bot.render.conflicts import conflict_lines
from bot.render.match import match_lines, score_line
from bot.render.needs import needs_lines
from bot.seam import Section
from bot.ties import needs
from storage.records import Source, StoredTie


def tie_title(tr: Translator, stored: StoredTie, name: TeamName) -> str:
    a, b = _order(stored)
    return tr._("%(a)s v %(b)s") % {"a": name(a), "b": name(b)}


def through_line(tr: Translator, stored: StoredTie, name: TeamName) -> str | None:
    tie = stored.tie
    if not tie.winner:
        return None
    team = name(tie.winner)
    if tie.decided_by == "aggregate":
        return tr._("%(team)s go through on aggregate.") % {"team": team}
    if tie.decided_by == "away_goals":
        return tr._("%(team)s go through on away goals.") % {"team": team}
    if tie.decided_by == "extra_time":
        return tr._("%(team)s go through after extra time.") % {"team": team}
    if tie.decided_by == "penalties":
        if tie.penalties and len(tie.penalties) == 2:
            other = next((t for t in tie.penalties if t != tie.winner), None)
            if other is not None and tie.winner in tie.penalties:
                score = tr.score(tie.penalties[tie.winner], tie.penalties[other])
                return tr._("%(team)s go through on penalties, %(score)s.") % {
                    "team": team,
                    "score": score,
                }
        return tr._("%(team)s go through on penalties.") % {"team": team}
    return tr._("%(team)s go through.") % {"team": team}


def aggregate_lines(tr: Translator, stored: StoredTie, name: TeamName) -> list[str]:
    tie = stored.tie
    lines = []
    if tie.aggregate and len(tie.aggregate) == 2:
        first, second = _order(stored)
        if tie.winner == second:
            first, second = second, first
        if first in tie.aggregate and second in tie.aggregate:
            score = tr.score(tie.aggregate[first], tie.aggregate[second])
            lines.append(f"{name(first)} {score} {name(second)}")
    through = through_line(tr, stored, name)
    if through:
        lines.append(through)
    elif tie.aggregate and stored.second_leg is not None:
        lines.append(tr._("The stored reports do not say who went through."))
    return lines


def tie_sections(tr: Translator, stored: StoredTie, name: TeamName) -> list[Section]:
    tie = stored.tie
    sections = []
    context = context_line(tr, tie.competition, tie.season, tie.stage)
    if context:
        sections.append(Section(None, (context,)))
    legs = ((tr._("First leg"), stored.first_leg), (tr._("Second leg"), stored.second_leg))
    if stored.first_leg is None and stored.second_leg is None:
        sections.append(Section(None, (tr._("The results of the two legs are not stored."),)))
        legs = ()
    for heading, leg in legs:
        if leg is not None:
            sections.append(Section(heading, tuple(match_lines(tr, leg.match, name))))
        else:
            sections.append(Section(heading, (tr._("No report of this leg is stored."),)))
    result = aggregate_lines(tr, stored, name)
    if result:
        known = bool(tie.aggregate and len(tie.aggregate) == 2)
        heading = tr._("Aggregate") if known else tr._("Who went through")
        sections.append(Section(heading, tuple(result)))
    first = stored.first_leg
    if first is not None and stored.second_leg is None and not tie.winner and first.match.score:
        requirements = needs(first.match, tie.competition, tie.season, tie.stage)
        if requirements:
            sections.append(
                Section(
                    tr._("Second leg: what each side needs"),
                    tuple(needs_lines(tr, requirements, name)),
                )
            )
    disagreements = conflict_lines(tr, _conflicts(stored), name)
    if disagreements:
        sections.append(Section(tr._("Reports disagree"), tuple(disagreements)))
    return sections


def others_section(
    tr: Translator, others: list[StoredTie], name: TeamName, with_teams: bool = False
) -> Section | None:
    """The other ties named, one per line; with their teams where they differ."""
    if not others:
        return None
    lines = []
    for other in others:
        tie = other.tie
        context = context_line(tr, tie.competition, tie.season, tie.stage)
        title = tie_title(tr, other, name)
        line = (f"{context}: {title}" if context else title) if with_teams else context or title
        told = None if tie.season else _told_apart(tr, other, name)
        lines.append(f"{line}; {told}" if told else line)
    return Section(tr._("Also stored"), tuple(lines))


def _told_apart(tr: Translator, stored: StoredTie, name: TeamName) -> str | None:
    """A tie with no season has no command of its own to show it, and its stage alone
    reads like any other: its aggregate, else a leg's result, says which tie it is."""
    aggregate = stored.tie.aggregate
    if aggregate and len(aggregate) == 2:
        a, b = _order(stored)
        if a in aggregate and b in aggregate:
            score = tr.score(aggregate[a], aggregate[b])
            return f"{tr._('Aggregate')}: {name(a)} {score} {name(b)}"
    for heading, leg in (
        (tr._("First leg"), stored.first_leg),
        (tr._("Second leg"), stored.second_leg),
    ):
        if leg is not None:
            return f"{heading}: {score_line(tr, leg.match, name)}"
    return None


def tie_sources(stored: StoredTie) -> list[Source]:
    sources = list(stored.sources)
    for leg in (stored.first_leg, stored.second_leg):
        if leg is not None:
            sources.extend(leg.sources)
    return sources


def tie_footer(tr: Translator, stored: StoredTie) -> str | None:
    return footer(tr, tie_sources(stored))


def _conflicts(stored: StoredTie) -> list:
    found = list(stored.conflicts)
    for leg in (stored.first_leg, stored.second_leg):
        if leg is not None:
            found.extend(leg.conflicts)
    return found


def _order(stored: StoredTie) -> tuple[str, str]:
    """The first leg's home side first, as the tie was drawn."""
    if stored.first_leg is not None:
        return stored.first_leg.match.home, stored.first_leg.match.away
    if stored.second_leg is not None:
        return stored.second_leg.match.away, stored.second_leg.match.home
    return stored.tie.teams
