"""A level aggregate told in one sentence and the shoot-out that settled it in the next
(`... levelled the semifinal at 1-1 on aggregate. Neither team scored in extra time, and
Liverpool won the shootout 4-1.`): the side that won the shoot-out won the tie."""

from __future__ import annotations

import re

from bot.facts import Tie
from bot.reports.matches.results import participants
from bot.reports.matches.scores import find_scores
from bot.reports.text.document import Document

REACH = 2
"""How many sentences after the level aggregate the shoot-out may be told."""
_WON_KICKS = re.compile(
    r"\s+(?:won|took|claimed|gewann|gewannen|entschied|entschieden)\s+(?:the\s+|das\s+)?"
    r"(?:penalty\s+)?(?:shoot-?out|Elfmeterschießen)\s+(?:(?:by\s+)?|mit\s+)$",
    re.I,
)


def settle_by_later_kicks(doc: Document, tie: Tie, index: int) -> None:
    """Give a level tie without a winner the shoot-out winner one of the next sentences
    names (one side of the pair, right before `won the shootout N-M`)."""
    if tie.winner is not None or tie.aggregate is None:
        return
    if len(set(tie.aggregate.values())) != 1 or tie.penalties is not None:
        return
    for sentence in doc.sentences[index + 1 : index + 1 + REACH]:
        kicks = [h for h in find_scores(sentence.text, sentence.start) if h.kind == "shootout"]
        if len(kicks) != 1 or kicks[0].first == kicks[0].second:
            continue
        hit = kicks[0]
        before = [m for m in participants(doc, sentence) if m.end <= hit.start]
        if not before or before[-1].team not in tie.teams:
            return
        if not _WON_KICKS.fullmatch(doc.text, before[-1].end, hit.start):
            return
        winner = before[-1].team
        loser = next(t for t in tie.teams if t != winner)
        high, low = max(hit.first, hit.second), min(hit.first, hit.second)
        tie.winner, tie.decided_by = winner, "penalties"
        tie.penalties = {winner: high, loser: low}
        return
