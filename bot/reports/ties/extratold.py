"""`Betis needed extra time to get past Fiorentina`, `Der BVB setzte sich erst in der
Verlängerung gegen Porto durch`: a sentence naming the winner and then the loser of a
tie, with extra time between them, says extra time decided it, whatever `on aggregate`
another sentence adds (FORMAT: a tie level after two legs and won in extra time)."""

from __future__ import annotations

import re

from bot.facts import Tie
from bot.reports.patterns.keyed import Keyed
from bot.reports.patterns.spots import Folded

_EXTRA = Keyed(
    re.compile(r"\bextra[- ]time\b|\b(?:der|die) verlängerung\b", re.I), "extra|verlängerung"
)
"""Every match holds `extra` or `verlängerung` (case aside), so a sentence whose lower
case holds neither cannot match; Keyed still searches texts where lower() and re.I
disagree (`ı`, `ſ`, a combining dot)."""
_NOT_EXTRA = Folded(
    re.compile(
        r"\b(?:no|without|avoid\w*|ohne|keine?)\s+(?:\w+\s+)?(?:extra|verlängerung)|shoot-?out|"
        r"penalt|spot[- ]kicks?|elfmeterschießen|\b(?:19|20)\d\d\b|\b(?:years?|seasons?) (?:ago|"
        r"earlier|before)\b|\blast (?:season|year)\b(?!['’]s)|\bvor \w+ Jahren\b|"
        r"\b(?:vergangene|letzte|vorige)n? (?:Saison|Jahr)\b",
        re.I,
    )
)


def extra_time_told(doc, ties: list[Tie]) -> None:
    """Set `decided_by` to extra time on each tie won on an unequal aggregate (so not in
    a shoot-out) whose winner a sentence names before extra time and the loser after it
    (no shoot-out, no other year in that sentence)."""
    told = None
    for tie in ties:
        if tie.decided_by not in ("aggregate", None) or tie.winner is None or tie.penalties:
            continue
        if not tie.aggregate or len(set(tie.aggregate.values())) == 1:
            continue
        if told is None:
            told = _extra_sentences(doc)
        loser = next((t for t in tie.teams if t != tie.winner), None)
        for sentence, at in told:
            if _told(doc, sentence, at, tie.winner, loser):
                tie.decided_by = "extra_time"
                break


def _extra_sentences(doc) -> list:
    """(sentence, where extra time is told) for each sentence telling extra time with no
    shoot-out or other year: the same for every tie, so found once per report."""
    out = []
    # A sentence's key words are in the whole text too (Keyed.may): most texts hold none.
    for sentence in doc.sentences if _EXTRA.may(doc.text) else ():
        found = _EXTRA.search(sentence.text)
        if found is not None and not _NOT_EXTRA.search(sentence.text):
            out.append((sentence, sentence.start + found.start()))
    return out


def _told(doc, sentence, at: int, winner: str, loser: str | None) -> bool:
    names = doc.mentions_in(sentence)
    teams = {m.team for m in names}
    if teams != {winner, loser}:
        return False
    return (
        names[0].team == winner
        and any(m.team == winner and m.start < at for m in names)
        and any(m.team == loser and m.start > at for m in names)
    )
