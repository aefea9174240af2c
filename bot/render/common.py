"""Pieces every fact reply shares: team, competition and stage names, sources, disagreements."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import PurePath

from bot.competitions import display, info
from bot.i18n import N_, Translator
from storage.records import Source

TeamName = Callable[[str], str]
MAX_SOURCES = 4
MAX_TITLE = 60

STAGES = {
    "group": N_("group stage"),
    "league": N_("league phase"),
    "round-of-32": N_("round of 32"),
    "round-of-16": N_("round of 16"),
    "quarter-final": N_("quarter-final"),
    "semi-final": N_("semi-final"),
    "final": N_("final"),
    "play-off": N_("play-off"),
    "relegation-play-off": N_("relegation play-off"),
}


def competition_name(competition: str | None, lang: str) -> str | None:
    """The competition's name in this language, where the competitions data has one."""
    if not competition:
        return None
    return display(competition, lang) or competition


def context_line(
    tr: Translator, competition: str | None, season: str | None, stage: str | None
) -> str | None:
    """`CONCACAF Champions Cup 2025, quarter-final`, leaving out whatever is not known."""
    parts = [p for p in (competition_name(competition, tr.lang), season) if p]
    head = " ".join(parts)
    stage_name = tr._(STAGES[stage]) if stage in STAGES else None
    if stage == "league" and _league_only(competition):
        stage_name = None
    if head and stage_name:
        return f"{head}, {stage_name}"
    return head or stage_name


def _league_only(competition: str | None) -> bool:
    """A Bundesliga match is not in a "league phase": that stage name is for mixed formats."""
    known = info(competition) if competition else None
    return bool(known and known.format == "league")


def source_label(tr: Translator, source: Source, inline: bool = False) -> str:
    """`title (date)` for the footer; `title, date` where it already stands in brackets."""
    name = source.title or PurePath(source.source).name or source.source
    if len(name) > MAX_TITLE:
        name = name[: MAX_TITLE - 1].rstrip() + "…"
    when = tr.date(source.published) if source.published else ""
    if not when:
        return name
    return f"{name}, {when}" if inline else f"{name} ({when})"


def footer(tr: Translator, sources: Iterable[Source]) -> str | None:
    """The last line of every fact answer: which reports it rests on."""
    unique: dict[int, Source] = {}
    for source in sources:
        unique.setdefault(source.report_id, source)
    if not unique:
        return None
    ordered = sorted(unique.values(), key=lambda s: (s.published or "", s.report_id), reverse=True)
    labels = [source_label(tr, s) for s in ordered[:MAX_SOURCES]]
    rest = len(ordered) - len(labels)
    if rest:
        labels.append(tr.ngettext("%(n)s more report", "%(n)s more reports", rest) % {"n": rest})
    text = tr.join(labels)
    return tr.ngettext("Source: %(list)s", "Sources: %(list)s", len(ordered)) % {"list": text}
