"""Competition, season and stage of a tie the text states without both legs."""

from __future__ import annotations

import re

from bot.competitions.seasons import season_for
from bot.facts import Match, Tie
from bot.reports.matches import cues
from bot.reports.matches.competitionmentions import first_named, is_league, named_in
from bot.reports.matches.playoffs import qualifying_round
from bot.reports.matches.womens import womens_form
from bot.reports.text.document import Document
from bot.reports.ties.failedat import years_back, years_before
from bot.reports.ties.nearstage import clause_stage


def place_tie(doc: Document, tie: Tie, matches: list[Match]) -> None:
    """Competition, season and stage for a tie stated without both legs: from its one
    leg when read, else from the sentence and the report's first competition."""
    if matches:
        m = matches[0]
        tie.competition, tie.season, tie.stage = m.competition, m.season, m.stage
        return
    found = [m for m in named_in(tie.evidence, doc.published) if not _league_word(tie.evidence, m)]
    first = found[0] if found else first_named(doc.text[:3000], doc.published, False, _cup)
    stages = {stage for _, stage in cues.stage_at(tie.evidence)}
    if cues.FIXTURE_AHEAD.search(tie.evidence):
        stages = set()  # `Im Halbfinale treffen sie auf Zenit, das sich ... durchgesetzt hat`
    if len(stages) > 1 and (near := clause_stage(doc, tie, stages)):
        stages = {near}
    named = womens_form(doc, first.name if first else None)
    tie.competition, tie.stage = qualifying_round(
        doc, named, stages.pop() if len(stages) == 1 else None, doc.published, tie.evidence
    )
    told = years_before(doc.published, years_back(tie.evidence))
    tie.season = season_for(tie.competition, told, tie.stage) if tie.competition else None


_NOUN_AFTER = re.compile(r"[\s-]+(?:[a-zäöü]|Klub|Club|Verein|Team|Mannschaft|Rivale)")


def _league_word(text: str, mention) -> bool:
    """`two Liga MX heavyweights`, `der Bundesliga-Klub`: a league named as what a side
    plays in, before a noun, is not the competition of the tie."""
    return is_league(mention.name) and bool(_NOUN_AFTER.match(text, mention.end))


def _cup(mention) -> bool:
    """A tie the text names no competition for is in the first cup the text names: a
    league (`the Premier League leaders`) plays no two-legged ties."""
    return not is_league(mention.name)
