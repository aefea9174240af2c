"""An announcement in words, rendered at send time in the chat's language.

It reuses the core's renderers for matches and ties, so an announcement reads
exactly like the answer to /result or /tie; only the titles are its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from bot.i18n import Translator, translator
from bot.render.common import TeamName, context_line, footer
from bot.render.conflicts import conflict_lines
from bot.render.match import match_lines, score_line
from bot.render.tie import aggregate_lines, tie_sources, tie_title
from bot.seam import Reply, Section
from bot.teams.resolver import TeamResolver
from storage.records import Source, StoredMatch, StoredTie

Fact = StoredMatch | StoredTie


@dataclass(frozen=True)
class Item:
    """One thing to announce: a stored fact and why (match, tie or correction)."""

    event_kind: str
    fact: Fact


@lru_cache(maxsize=1)
def _resolver() -> TeamResolver:
    return TeamResolver.default()


def team_namer(lang: str) -> TeamName:
    teams = _resolver().teams

    def name(team_id: str) -> str:
        team = teams.get(team_id)
        return team.display(lang) if team else team_id.replace("-", " ").title()

    return name


def _section(tr: Translator, item: Item, name: TeamName, heading_prefix: str = "") -> Section:
    fact = item.fact
    if isinstance(fact, StoredTie):
        tie = fact.tie
        heading = tie_title(tr, fact, name)
        lines = [
            line for line in [context_line(tr, tie.competition, tie.season, tie.stage)] if line
        ]
        lines += aggregate_lines(tr, fact, name)
        conflicts = list(fact.conflicts)
        for leg in (fact.first_leg, fact.second_leg):
            conflicts += list(leg.conflicts) if leg is not None else []
        lines += conflict_lines(tr, conflicts, name)
    else:
        match = fact.match
        heading = context_line(tr, match.competition, match.season, match.stage)
        lines = match_lines(tr, match, name) + conflict_lines(tr, fact.conflicts, name)
    if heading_prefix:
        heading = f"{heading_prefix}: {heading}" if heading else heading_prefix
    return Section(heading, tuple(lines))


def _sources(fact: Fact) -> list[Source]:
    return tie_sources(fact) if isinstance(fact, StoredTie) else list(fact.sources)


def _title(tr: Translator, item: Item) -> str:
    if item.event_kind == "correction":
        return tr._("Updated result")
    if item.event_kind == "tie" or isinstance(item.fact, StoredTie):
        return tr._("Tie decided")
    return tr._("New result")


def announcement(item: Item, lang: str) -> Reply:
    """A full announcement; for a correction on a platform that edits, the new text."""
    tr = translator(lang)
    name = team_namer(tr.lang)
    return Reply(
        lang=tr.lang,
        title=_title(tr, item),
        sections=(_section(tr, item, name),),
        footer=footer(tr, _sources(item.fact)),
        kind="notice",
        meta={"announcement": item.event_kind},
    )


def short_correction(item: Item, lang: str) -> Reply:
    """Posted where the earlier message cannot be edited: just what changed, briefly."""
    tr = translator(lang)
    name = team_namer(tr.lang)
    fact = item.fact
    if isinstance(fact, StoredTie):
        lines = aggregate_lines(tr, fact, name) or [tie_title(tr, fact, name)]
    else:
        lines = [score_line(tr, fact.match, name)]
    lines.append(tr._("This corrects an earlier announcement."))
    return Reply(
        lang=tr.lang,
        title=tr._("Correction"),
        sections=(Section(None, tuple(lines)),),
        footer=footer(tr, _sources(fact)),
        kind="notice",
        meta={"announcement": "correction"},
    )


def digest(items: list[Item], lang: str) -> Reply:
    """Everything new for a chat since its last digest, in one message."""
    tr = translator(lang)
    name = team_namer(tr.lang)
    sections = []
    sources: list[Source] = []
    for item in items:
        prefix = tr._("Correction") if item.event_kind == "correction" else ""
        sections.append(_section(tr, item, name, prefix))
        sources.extend(_sources(item.fact))
    count = len(items)
    title = tr.ngettext("Your digest: %(n)s update", "Your digest: %(n)s updates", count) % {
        "n": count
    }
    return Reply(
        lang=tr.lang,
        title=title,
        sections=tuple(sections),
        footer=footer(tr, sources),
        kind="notice",
        meta={"announcement": "digest"},
    )
