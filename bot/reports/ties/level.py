"""How a level aggregate was settled: who went through (the team before the verb of
going through, or the shoot-out's winner) and by what (penalties, away goals)."""

from __future__ import annotations

import re

from bot.facts import Tie
from bot.reports.matches import cues
from bot.reports.patterns.spots import Folded

_WON_LEVEL = Folded(
    re.compile(
        r"\b(?:advanc\w+|going through|went through|go through|durchgesetzt|setzte sich|"
        r"setzt sich|setzten sich|edged|edging|beat|beating|won|win|prevailed|knocked out|"
        r"eliminated|"
        r"reached|reaches|erreicht|erreichte|erreichten|zieht|zog|zogen)\b",
        re.I,
    ),
    led=True,
)


_SCORE_NOUN = re.compile(r"\d\s?[-:–]\s?\d\s*$")
"""`gave Tottenham a 1-0 win in the first leg`: `win` there names another score's
result, not who won the level tie."""
_LEG_OBJECT = re.compile(
    r"\s+(?:the\s+|das\s+|den\s+|(?:last\s+)?\w+(?:'s|’s)\s+)?"
    r"(?:(?:first|second|return|opening|home|away)[- ]leg|"
    r"leg|match|game|Hinspiel|Rückspiel|Spiel|Partie)\b",
    re.I,
)
"""`Toronto won the second leg 2-1, leveling the series 3-3`, `after Urawa had won
Tuesday's first leg 1-0`: a verb whose object is one match names that match's winner, not
the tie's."""


_SCORE_AFTER = re.compile(
    r"\s+\d+\s?[-:–]\s?\d+(?!\s+(?:on\s+penalties|in\s+the\s+shoot|im\s+Elfmeter|i\.\s?E\.))",
    re.I,
)
"""`Liverpool won 2-1 after extra time, but the tie ended 2-2 on aggregate`: a verb right
before a score beside a level aggregate names that match's winner (a shoot-out's score
excepted)."""


_OBJECT_SCORE_AFTER = re.compile(
    r"\s+(?:the\s+)?(?:[A-ZÄÖÜ][\w.'’-]*\s+){1,4}\d+\s?[-:–]\s?\d+"
    r"(?!\s*(?i:on\s+agg|agg|in\s+total|on\s+pen|in\s+(?:a|the)\s+(?:[\w-]+\s+)?shoot|"
    r"im\s+Elfmeter|i\.\s?E\.|from\s+the\s+spot))"
)
"""`The Sounders beat the LA Galaxy 2-1 ..., the aggregate finished 2-2`: a verb whose
object, a name, is followed by a score names that match's winner, not the level tie's."""


def _tie_verbs(text: str):
    for verb in _WON_LEVEL.finditer(text):
        if (
            not _SCORE_NOUN.search(text, 0, verb.start())
            and not _LEG_OBJECT.match(text, verb.end())
            and not _SCORE_AFTER.match(text, verb.end())
            and not _OBJECT_SCORE_AFTER.match(text, verb.end())
        ):
            yield verb


def settle_level(tie: Tie, text, p, o, shootouts, doc, away_goals, out_p) -> None:
    """Winner and way of a tie level on aggregate, only where the words say them."""
    winner = None
    if any(True for _ in _tie_verbs(text)):
        winner = o if out_p else p
    for hit in shootouts:
        high, low = max(hit.first, hit.second), min(hit.first, hit.second)
        if doc.lang == "de":
            sub = _subject_near(doc, hit, p, o)
            if sub:
                winner = sub if hit.first > hit.second else (o if sub == p else p)
        tie.winner = tie.winner or winner
        if tie.winner:
            loser = o if tie.winner == p else p
            tie.penalties = {tie.winner: high, loser: low}
            tie.decided_by = "penalties"
    if tie.decided_by is None and cues.PENALTIES.search(text):
        tie.decided_by = "penalties"
    if tie.decided_by is None and away_goals:
        tie.decided_by = "away_goals"
    tie.winner = tie.winner or winner
    if tie.winner is None:
        tie.decided_by = None


def named_winner(doc, sentence, pair) -> str | None:
    """`4-4 aggregate, Roma advanced on away goals`: the team right before the verb of
    going through is the winner, whichever side the level score was told from."""
    verbs = sorted(_tie_verbs(sentence.text), key=lambda v: not _GOING_THROUGH.match(v.group()))
    for verb in verbs:
        at = sentence.start + verb.start()
        for m in doc.mentions_in(sentence):
            if m.team in pair and 0 < at - m.end <= 2 and m.prep.lower() in _SUBJECT_LEADS:
                return m.team
    return None


_GOING_THROUGH = re.compile(
    r"advanc|going through|went through|go through|durchgesetzt|setzt|reach|erreicht|zieht|zog",
    re.I,
)
"""`Porto beat Roma 3-1, but the tie ended 3-3 and Roma advanced`: a verb of going through
names the tie's winner before a verb of winning, which may name a match's."""
_SUBJECT_LEADS = frozenset(("", "and", "but", "und", "aber", "doch", "der", "die", "das", "the"))
"""`..., and Porto went through on away goals`, `und die AS Rom setzte sich durch`: a
conjunction or an article right before the name leaves it the subject of the verb."""


def _subject_near(doc, hit, p, o):
    before = [m for m in doc.mentions if m.end <= hit.start and hit.start - m.end < 60]
    for m in reversed(before):
        if m.team in (p, o):
            return m.team
    return None
