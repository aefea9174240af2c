"""Two results in one sentence, each in a clause of its own that says who went
through: `Bereits am Dienstagabend hatte Real Madrid den FC Bayern mit 4:2 nach
Verlängerung ausgeschaltet, Atlético Madrid setzte sich nach einem 1:1 bei Leicester
City durch`. Each clause names its tie's winner; one won after extra time was level
until then (a second leg goes on only with the tie level)."""

from __future__ import annotations

from bot.facts import Tie
from bot.reports.matches.sides import clause_bounds
from bot.reports.ties.advancemore import advance_search
from bot.reports.ties.cues import SUM_AFTER_EXTRA
from bot.reports.ties.winneronly import WENT_OUT


def clause_ties(doc, sentence, results, sides, people) -> list[Tie]:
    """A winner-only tie for each result whose own clause holds a word of going
    through (not of going out) and names both sides; none where two results are of one
    pair (the two legs of one tie, which the legs settle)."""
    pairs = [sides(doc, sentence, hit, people, None) for hit in results]
    told = [frozenset(p[:2]) for p in pairs if p[0] and p[1]]
    if len(set(told)) != len(told):
        return []
    out = []
    for hit, (p, o, guessed) in zip(results, pairs, strict=True):
        start, end = clause_bounds(sentence, hit)
        clause = doc.text[start:end]
        if not advance_search(clause) or WENT_OUT.search(clause):
            continue
        if not p or not o or guessed:
            continue
        tie = Tie(teams=(p, o), winner=p, evidence=sentence.text)
        if hit.first != hit.second and SUM_AFTER_EXTRA.match(doc.text, hit.end):
            tie.decided_by = "extra_time"
        out.append(tie)
    return out
