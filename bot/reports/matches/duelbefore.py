"""`Werder verlor beim VfB Stuttgart mit 1:2. Schon am Dienstagabend hatten sie die
Meisterschaft im direkten Duell mit den Bayern in der Hand gehabt. Beim 0:0 im
Weserstadion bekam Werder ...`: a result naming one side only, told right after a
sentence that names no result and only one club, the opponent there of a side told by
a pronoun (`sie ... im Duell mit den Bayern`, `they ... against Bayern`), is that game,
not a rematch of the last result's pair.
A score the last result's sentence also holds is that result again."""

from __future__ import annotations

import re

from bot.reports.matches import cues
from bot.reports.matches.scores import find_scores

_OPPONENT_BEFORE = re.compile(
    r"\b(?:mit|gegen|against|with|versus|vs\.?)\s+(?:(?:den|dem|der|die|das|the)\s+)?\Z", re.I
)
_PRONOUN = re.compile(r"\b(?:they|sie)\b", re.I)


def duel_opponent(doc, state, hit, team: str) -> str | None:
    """The one club the sentence before names as `team`'s opponent, else None."""
    i = state.index - 1
    if i < 0 or i in state.scored or not state.pair or team not in state.pair:
        return None
    before = doc.sentences[i]
    teams = set(state.teams_in(i))
    if len(teams) != 1 or teams & set(state.pair) or cues.FIXTURE_AHEAD.search(before.text):
        return None
    (other,) = teams
    mention = next((m for m in doc.mentions_in(before) if m.team == other), None)
    if mention is None:
        return None
    if not _OPPONENT_BEFORE.search(doc.text, max(before.start, mention.start - 30), mention.start):
        return None
    if not _PRONOUN.search(doc.text, before.start, mention.start):
        return None  # the side that met `other` is not told as the story's
    last = doc.sentences[max(state.scored)] if state.scored else None
    if last is not None and any(
        {h.first, h.second} == {hit.first, hit.second} for h in find_scores(last.text)
    ):
        return None  # `the 1-2` again: that result told once more
    return other
