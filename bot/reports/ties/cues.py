"""Words around a tie's score that say how it was decided or whose it is:
`3-2 on aggregate after extra time`, `won the cup, beating X on penalties`, and a
team named only after a later score."""

from __future__ import annotations

import re

from bot.reports.matches.scores import find_scores

SUM_AFTER_EXTRA = re.compile(
    r"\s*(?:on aggregate|in total|overall|insgesamt|in der addition)?\s*"
    r"(?:after extra[- ]time|a\.?e\.?t\.?|nach verlängerung|n\.\s?V\.)",
    re.I,
)
"""`beat Braga 3-2 on aggregate after extra time`: the tie was level until extra time."""

PARTICIPLE_WIN = re.compile(
    r"^\s*(?:beating|defeating|edging(?: out)?|overcoming|knocking out|eliminating|"
    r"seeing off)\b",
    re.I,
)
"""`X won the cup, beating Y 4-3 on penalties`: the winner is the sentence's subject."""


def told_after_another_score(doc, sentence, hit, team) -> bool:
    """`went through 6-4 on aggregate, and ... beat Braga 3-2 on aggregate`: a team
    the sentence names only after a later score is that score's, not this one's."""
    named = [m.start for m in doc.mentions_in(sentence) if m.team == team]
    later = [h.start for h in find_scores(sentence.text, sentence.start) if h.start > hit.end]
    return bool(named and later and min(named) > later[0])


def leg_after_extra(doc, sentence, results, pair) -> bool:
    """`Chelsea gewann zwar 3:2 nach Verlängerung, doch Real zog mit dem Gesamtergebnis
    von 5:4 ein`: a leg of the pair told as won after extra time beside an unequal sum
    (a second leg goes on only with the tie level) means extra time decided the tie."""
    if any(m.team not in pair for m in doc.mentions_in(sentence)):
        return False
    return any(SUM_AFTER_EXTRA.match(doc.text, h.end) for h in results)


_AND = re.compile(
    r"(?:\s+in the\s+(?:[\w-]+\s+){0,2}?(?:round of \d+|last \d+|[\w-]*finals?))?"
    r"\s+(?:and|und|sowie)\s+(?:(?:im|in der|in the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:\w*finale?s?|[\w-]*final|[\w-]*finals|Runde|round(?: of \d+)?|last \d+)\s+)?"
    r"(?:(?:the|den|die|das|dem)\s+)?"
)
"""`A and B`, `im Viertelfinale A und im Halbfinale den B`, `A in the last 16 and B`: two
sides knocked out, each in the round named beside it."""


def joined_objects(text: str, mentions) -> list[str]:
    """`Inter, who had eliminated Bayern Munich and Barcelona on the way`, `Schachtjor
    Donezk, Juventus Turin und den VfL Wolfsburg ausgeschaltet`: two or three sides
    listed with `and` after (or before) one verb of knocking out are each a tie's loser."""
    if len(mentions) not in (2, 3) or not _AND.fullmatch(
        text, mentions[-2].end, mentions[-1].start
    ):
        return []
    if len(mentions) == 3 and not _COMMA.fullmatch(text, mentions[0].end, mentions[1].start):
        return []
    return [m.team for m in mentions]


_COMMA = re.compile(r",\s+(?:(?:the|den|die|das|dem)\s+)?")


_AIM_BEFORE = re.compile(
    r"\b(?:need|needs|needed|needing|must|have to|has to|hope|hopes|hoping|try|tries|trying|"
    r"bid|bidding|chance|would|will)\b[^.,;:]{0,60}\bto\s+$",
    re.I,
)


def only_aimed_at(text: str, word) -> bool:
    """`with City needing to win by two clear goals to go through`: a word of going
    through told as what a side needs or hopes to do is no tie won, whatever result the
    sentence also tells (unlike `drew 1-1 to advance on away goals`, which tells it)."""
    if not text.endswith("to ", 0, word.start()):
        return False
    return _AIM_BEFORE.search(text, max(0, word.start() - 80), word.start()) is not None
