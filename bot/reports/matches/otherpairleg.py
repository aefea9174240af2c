"""Whose leg a sentence tells when the sentence before is about another pair than the
story's main one.

`Bereits am Dienstag hatte der FC Bayern mit einem 7:1 gegen RB Salzburg das
Viertelfinale erreicht. Das Hinspiel in Österreich war 1:1 ausgegangen`: a leg naming
no team right after another pair's result is that pair's, never the main pair's.
`Their road to Buenos Aires included a semifinal against Uruguay's Penarol. Botafogo won
the first leg 5-0`: a leg naming one side, right after a sentence naming a round
against one other team, was played against that team."""

from __future__ import annotations

import re

from bot.reports.matches import cues
from bot.reports.matches.coopponents import co_opponents

_AGAINST = re.compile(r"\b(?:against|gegen|versus|vs\.?)\s+(?:[\w'’.-]+\s+){0,3}$", re.I)


def other_pair_told_before(state) -> bool:
    """Whether the sentence before told a result of a pair with neither side of the
    main pair (one sharing a side may be a misread of the main result)."""
    i = state.index - 1
    if i < 0 or i not in state.scored or not state.pair or not state.main_pair:
        return False
    return not set(state.pair) & set(state.main_pair)


def round_opponent(state, team: str) -> str | None:
    """The one other team the sentence before names as `team`'s opponent in a round
    (`a memorable semifinal against Uruguay's Penarol`, `im Halbfinale gegen Benfica`),
    when that sentence tells no result and no fixture to come and is not about the
    main pair, nor both teams after its `gegen` (`eine 1:2-Niederlage gegen Kroatien ...,
    erst das Viertelfinale gegen Portugal`: opponents of one side, not each other's)."""
    i = state.index - 1
    if i < 0 or i in state.scored:
        return None
    sentence = state.doc.sentences[i]
    if not cues.stage_at(sentence.text) or cues.FIXTURE_AHEAD.search(sentence.text):
        return None
    others = {t for t in state.teams_in(i) if t != team}
    if len(others) != 1:
        return None
    other = others.pop()
    if other in (state.main_pair or ()) or co_opponents(state.doc, sentence, team, other):
        return None
    for mention in state.doc.mentions_in(sentence):
        if mention.team == other:
            before = state.doc.text[max(sentence.start, mention.start - 40) : mention.start]
            return other if _AGAINST.search(before) else None
    return None
