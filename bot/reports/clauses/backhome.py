"""A clause that follows one about another match: the teams of that match it keeps to,
and the clause that names only the main match's sides again, which is back on it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.reports.clauses.cues import _ADJECTIVAL, _HISTORY
from bot.reports.clauses.otherday import weekday_elsewhere
from bot.reports.clauses.pairing import Pairing, ScoreLine
from bot.reports.clauses.targets import mentions_in_span
from bot.reports.text.document import Document, TeamMention

if TYPE_CHECKING:
    from bot.reports.clauses.scenes import Clause


def teams_there(doc: Document, clause: Clause, pairing: Pairing, target: str) -> set[str]:
    """The teams of the other match a clause moved to, so naming one again stays there;
    both main sides where the clause is their other meeting, told by its weekday (`On
    Tuesday Leeds had led ... before Chelsea equalised`: the first final of a replay)."""
    named = {m.team for m in mentions_in_span(doc, clause.start, clause.end)}
    if (
        named
        and named <= pairing.teams
        and weekday_elsewhere(doc, clause.text, pairing.main, pairing.leg1, pairing.leg2)
    ):
        named |= pairing.teams
    return named | pairing.teams_of(target)


def back_home(
    doc: Document,
    clause: Clause,
    pairing: Pairing,
    away: set[str],
    history: bool,
    main_score: ScoreLine | None,
) -> bool:
    """A clause naming only the main match's teams (none playing in the other match),
    or the main scoreline (`main_score`), is about the main match again (`history`:
    whether its sentence may tell of an earlier season at all)."""
    if pairing.main is None or (history and _HISTORY.search(clause.text)):
        return False
    mentions = mentions_in_span(doc, clause.start, clause.end)
    strange = [m for m in mentions if m.team not in pairing.teams or m.team in away]
    if strange:
        return _scored_in_town(clause, strange, mentions, pairing, main_score)
    if any(not _ADJECTIVAL.match(doc.text[m.end : m.end + 20]) for m in mentions):
        return True
    return main_score is not None and main_score.search(clause.text) is not None


def _scored_in_town(
    clause: Clause,
    strange: list[TeamMention],
    mentions: list[TeamMention],
    pairing: Pairing,
    main_score: ScoreLine | None,
) -> bool:
    """`when they beat Manchester United 2-0 in the final in Cardiff`: a clause telling
    the main scoreline against a main side, whose only other team word follows `in`, is
    about the main match; the town is where it was played, no third club."""
    if main_score is None or len(strange) == len(mentions):
        return False
    if any(m.prep != "in" or m.team in pairing.teams for m in strange):
        return False
    return main_score.search(clause.text) is not None
