"""Ties told by their winner alone (`Real Madrid, das sich bei Manchester City im
Elfmeterschießen durchsetzte`, `eliminated A and B`): no aggregate, a winner and a loser."""

from __future__ import annotations

import re

from bot.facts import Tie
from bot.reports.matches import cues
from bot.reports.matches.nextopponent import place_or_next
from bot.reports.patterns.keyed import Keyed
from bot.reports.ties.advancemore import advance_words
from bot.reports.ties.cues import PARTICIPLE_WIN, joined_objects
from bot.reports.ties.howwon import accusative, objects_only, possessive, pronoun_winner
from bot.reports.ties.verbfinal import apposed_subject, verb_final_subject

WENT_OUT = Keyed(
    re.compile(
        r"\b(?:went out|go out|were knocked out|was knocked out|were eliminated|was eliminated|"
        r"ausgeschieden|schied \w+ aus|schieden \w+ aus|verpasst\w*)\b",
        re.I,
    ),
    "went out|go out|knocked out|eliminated|ausgeschieden|schied|verpasst",
)


def winner_only(doc, sentence, people, shootouts, away_goals, subject=None) -> list[Tie]:
    """`Real Madrid, das sich bei Manchester City im Elfmeterschießen durchsetzte`:
    the winner is the clause's subject, the loser the one team in its object. Without a
    shoot-out, each clause with its own verb of going through is read (`hatten die
    Bayern ... Real Madrid ausgeschaltet, Valencia hatte sich gegen Leeds durchgesetzt`)."""
    if shootouts:
        return _clause_tie(doc, sentence, people, shootouts[0], None, away_goals, subject)
    out: list[Tie] = []
    seen: set[int] = set()
    for verb in advance_words(sentence.text):
        found = _clause_tie(doc, sentence, people, None, verb, away_goals, subject)
        for tie in found:
            key = hash(frozenset(tie.teams))
            if key not in seen:
                seen.add(key)
                out.append(tie)
    return out


def _clause_tie(doc, sentence, people, anchor, verb, away_goals, subject=None) -> list[Tie]:
    text = sentence.text
    pos = anchor.start if anchor else sentence.start + verb.start()
    ends = {m.end for m in people}
    starts = {m.start for m in people}
    cuts = [
        sentence.start + m.end()
        for m in _CLAUSE_CUT.finditer(text)
        if not (sentence.start + m.start() in ends and sentence.start + m.end() in starts)
    ]
    start = max([c for c in cuts if c <= pos], default=sentence.start)
    after = [c for c in cuts if c > pos]
    end = after[0] if after else sentence.end
    if after and not any(pos < m.start < end for m in people):
        end = _apposed_list_end(doc.text, people, end, sentence.end)
    lead = doc.text[start:pos]
    clause = [m for m in people if start <= m.start < end]
    if start > sentence.start and _RELATIVE_LEAD.match(lead):
        before = [m for m in people if m.end <= start]
        winner = before[-1].team if before else None
    elif PARTICIPLE_WIN.match(lead):
        before = [m for m in people if m.end <= start and m.prep not in _LOSER_PREPS]
        winner = before[0].team if before and before[0].prep == "" else None
    else:
        plain = [m for m in clause if m.start < pos and not _loser(doc.text, m)]
        plain = objects_only(doc.text, plain, clause)
        winner = plain[0].team if len(plain) == 1 else None
        if (
            winner is None
            and len(plain) > 1
            and verb is not None
            and _KNOCKED_OUT.search(verb.group())
            and (
                (
                    _PERFECT_SUBJECT.fullmatch(doc.text, start, plain[0].start)
                    and _AUXILIARY.match(doc.text, plain[0].end)
                )
                or _INVERTED.search(doc.text, start, plain[0].start)
            )
        ):
            winner = plain[0].team
        if winner is None and verb is not None:
            winner = verb_final_subject(doc.text, plain, verb, sentence.start, end)
        if winner is None and not plain:
            winner = apposed_subject(doc.text, people, start, lead)
        if winner is None and not plain:
            winner = pronoun_winner(doc.text, start, pos, end, subject)
    if winner is None or WENT_OUT.search(doc.text[start:end]):
        return []
    if any(_NEXT_OPPONENT.search(doc.text, max(0, m.start - 60), m.start) for m in clause):
        return []
    clause = [m for m in clause if not place_or_next(sentence, m)]
    losers = {m.team for m in clause if m.team != winner and not possessive(doc.text, m)}
    if len(losers) in (2, 3) and anchor is None:
        joined = joined_objects(doc.text, [m for m in clause if m.team != winner])
        return [Tie(teams=(winner, loser), winner=winner, evidence=text) for loser in joined]
    if len(losers) != 1:
        return []
    loser = losers.pop()
    tie = Tie(teams=(winner, loser), winner=winner, evidence=text)
    if anchor and anchor.first != anchor.second:
        high, low = max(anchor.first, anchor.second), min(anchor.first, anchor.second)
        tie.penalties = {winner: high, loser: low}
    if anchor or cues.PENALTIES.search(doc.text[start:end]) or _PENALTY_TAIL.match(doc.text, end):
        tie.decided_by = "penalties"
    elif away_goals:
        tie.decided_by = "away_goals"
    return [tie]


_NEXT_OPPONENT = re.compile(
    r"\b(?:to|into|in)\s+(?:a|an|the|einen?|das|die|den)\s+(?:[\w-]+\s+){0,3}?(?:play-?offs?|finals?|"
    r"semi-?finals?|quarter-?finals?|ties?|meetings?|dates?|clash|Playoffs?|Relegation|Finale|"
    r"Halbfinale|Viertelfinale|Duell|Endspiel)\s+(?:against|with|gegen|mit)\s+(?:the\s+|den\s+|die\s+)?$",
    re.I,
)
"""`Honduras advanced to a two-game playoff against Australia`: the side after the round
it goes through to is its next opponent, not a side it beat."""
_PENALTY_TAIL = re.compile(
    r"\s*(?:winning|having won|and won)\s+(?:it\s+|the tie\s+|the series\s+)?"
    r"(?:\d{1,2}-\d{1,2}\s+)?"
    r"(?:on penalties|in a (?:penalty )?shoot-?out|on spot[- ]kicks)\b|"
    r"\s*(?:und zwar\s+)?(?:im|nach) Elfmeterschießen\b",
    re.I,
)
"""`came through a play-off against Canada, winning on penalties`: the participle after
the comma tells how its clause's tie was won."""
_CLAUSE_CUT = re.compile(r"[,;]\s|\s[–—]\s")
_PERFECT_SUBJECT = re.compile(r"\s*(?:(?:der|die|das)\s+)?", re.I)
_AUXILIARY = re.compile(r"\s+(?:hatte|hat|hatten|haben|had|has|have)\s")
_KNOCKED_OUT = re.compile(
    r"ausgeschaltet|eliminiert|rausgeworfen|knocked out|eliminated|aus dem (?:Wettbewerb|Turnier)",
    re.I,
)
_INVERTED = re.compile(r"\b(?:hatte|hat|hatten|haben)\s+(?:(?:der|die|das)\s+)?$", re.I)
"""`Der FC Fulham hatte zuvor Juventus Turin und den VfL Wolfsburg ausgeschaltet`, `hatte
der FC Fulham ... ausgeschaltet`: the side right before or after the auxiliary (with a
nominative article) is the subject, the sides after it the objects."""


_LOSER_PREPS = frozenset("gegen bei beim against at over past to by".split())
_LOSER_BEFORE = re.compile(
    r"\b(?:gegen|bei|against|at|over|past|to|by)\s+(?:den|die|das|dem|der|the)\s+$", re.I
)


def _loser(text: str, m) -> bool:
    """`gegen den FC Bayern`, `against the Dutch`: a side after a preposition of the
    beaten, its article between them, is no subject of going through."""
    if m.prep in _LOSER_PREPS or accusative(text, m.start):
        return True
    return bool(_LOSER_BEFORE.search(text, max(0, m.start - 16), m.start))


_LIST_REST = re.compile(r"[\s,.;]*(?:(?:and|und)\s+)?(?:(?:the|den|die|das|dem)\s+)?")
_RELATIVE_LEAD = re.compile(r"^\s*(?:der|die|das|which|who|that)\b", re.I)
_ARTICLE_ONLY = re.compile(r"\s*(?:(?:the|den|die|das|dem)\s+)?")


def _apposed_list_end(text: str, people, end: int, sentence_end: int) -> int:
    """`by knocking out two Liga MX heavyweights, Tigres and Club América`: a clause whose
    object is told by a description reaches over the comma to the list naming it, when
    the list is all the sentence has left."""
    rest = [m for m in people if end <= m.start < sentence_end]
    if len(rest) not in (2, 3) or not joined_objects(text, rest):
        return end
    if not _ARTICLE_ONLY.fullmatch(text[end : rest[0].start]):
        return end
    return sentence_end if _LIST_REST.fullmatch(text, rest[-1].end, sentence_end) else end
