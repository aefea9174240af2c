"""Checks on a sentence's results after the words are read: a side guessed from
the story must fit the clause, a past season's result borrows no sides, extra
time after half-time scores belongs to the score, a round said of a third
team is not the result's, a third club's town or a later clause's team gives no
side. Each keeps a wrong fact out rather than adding one."""

from __future__ import annotations

import re

from bot.reports.matches import cues
from bot.reports.matches.legorder import PLUPERFECT
from bot.reports.matches.nextopponent import may_name_next, next_opponent
from bot.reports.matches.scores import find_scores
from bot.reports.names.venues import home_by_place
from bot.reports.patterns.keyed import lower_exact
from bot.reports.patterns.spots import Folded
from bot.reports.text.clausecuts import clause_cuts
from bot.teams.names import normalize

OTHER_TIME = Folded(
    re.compile(
        r"\b(?:(?:19|20)\d\d|\w+ (?:years?|seasons?) ago|last (?:year|season)|"
        r"vor (?:\w+ )?(?:jahren|jahr|saisons?)|im vorjahr|in der vorsaison)\b",
        re.I,
    )
)
"""A sentence about another season: the story's teams are no guide to its sides."""

_EXTRA_TIME_AFTER = re.compile(
    r"\s*(?:\([\d\s:,–-]*\)\s*)?(?:n\.\s?V\.|nach verlängerung|"
    r"(?:after|following) extra[- ]time|aet\b|a\.e\.t\.)",
    re.I,
)
"""`1:2 (0:0, 1:1) nach Verlängerung`: extra time told right after the score and
its half-time scores belongs to that score."""


def _clause(text: str, offset: int) -> tuple[int, int]:
    bounds = [0, *clause_cuts(text), len(text)]
    return max(b for b in bounds if b <= offset), min(b for b in bounds if b > offset)


def guess_fits(sentence, hit, people, named: str, guessed: str) -> bool:
    """A side guessed from the story must not contradict another team the
    score's clause itself names: then the clause is too unclear to read. Nor is there a
    guess where the clause has a first person for subject (a fan's `and we beat United
    1-0`, `und wir haben Newcastle 1:0 geschlagen`): that side the text does not name."""
    rel = hit.start - sentence.start
    told = sentence.text[max(0, rel - 60) : rel]
    if ("we " in told or "wir " in told or "We " in told or "Wir " in told) and _WE.search(told):
        return False
    lo, hi = _clause(sentence.text, hit.start - sentence.start)
    lo, hi = _own_stretch(sentence, hit, lo, hi)
    others = {
        m.team
        for m in people
        if lo <= m.start - sentence.start < hi
        and m.team != named
        and not _IN_THE_TABLE.search(sentence.text, lo, m.start - sentence.start)
        and not (may_name_next(sentence) and next_opponent(sentence, m))
        and not _object_of_later_score(sentence, hit, m)
    }
    return not others or guessed in others


def _object_of_later_score(sentence, hit, mention) -> bool:
    """`They dispatched Peru 4-2 ... and came from behind to beat Uruguay 3-1`: a team
    right before a later result's score is that result's object, not this one's side."""
    if mention.start < hit.end:
        return False
    after = sentence.text[mention.end - sentence.start : mention.end - sentence.start + 8]
    return _SCORE_NEXT.match(after) is not None


_SCORE_NEXT = re.compile(r"\s\d{1,2}[-:–]\d{1,2}(?![\d.:])")


def _own_stretch(sentence, hit, lo: int, hi: int) -> tuple[int, int]:
    """`ein 4:0 gegen Griechenland und ein 2:0 gegen Argentinien`: in a clause listing
    results, a team told after the next score, or before the last one, is theirs."""
    # the scores as read_sentence found them (cached by text and offset): find_scores'
    # offset only shifts each hit's start and end, so shifting back gives the same ones
    at = sentence.start
    rel, end = hit.start - at, hit.end - at
    for other in find_scores(sentence.text, at):
        start, stop = other.start - at, other.end - at
        if other.kind != "result" or start == rel:
            continue
        if end <= start < hi:
            hi = start
        elif lo <= stop <= rel:
            lo = stop
    return lo, hi


_IN_THE_TABLE = re.compile(
    r"\b(?:points?|Punkte?n?|Zählern?)\s+(?:from|ahead of|clear of|behind|above|below|vor|"
    r"hinter|auf)\s+(?:the\s+|de[mnr]\s+)?$",
    re.I,
)
"""`beat Brighton 4-1 to retain the title by a single point from Liverpool`, `den
Vorsprung von zwei Punkten auf den AS Rom`: a side the table is told against is no side
of the result."""


def subject_left_out(state, people, named: str, guessed: str) -> bool:
    """`Chelsea won the final against Bayern. ... the 2-2 draw ... over Barcelona, after
    Drogba's goal had given Chelsea ...`: a side guessed from the story is no guide when
    the team the story is about is named in the sentence and is neither side."""
    subject = state.subject
    return subject not in (None, named, guessed) and any(m.team == subject for m in people)


NAMED_OPENING = re.compile(
    r"(?:[^:.;]{1,40}:)?\s*(?P<name>[A-ZÄÖÜ][a-zäöüéáíóúñ]+)\s+(?:hatte|hat|hatten|haben|war|"
    r"ist|gewann|verlor|setzte|siegte|spielte|schlug|brauchten?|benötigten?|had|has|was|won|"
    r"beat|lost|drew|edged|defeated|needed|required)\b"
)
"""`Road to Wembley: United needed a replay to get past Arsenal, winning 2-1`: a label
before a colon may open the sentence."""
NOT_A_NAME = frozenset(
    "Der Die Das Er Sie Es Man Wir Dann Danach Damals Zuvor Dort Hier Doch Aber Und Auch "
    "He She It They We Then There Here But And Also That This".split()
)


def unnamed_subject(doc, sentence, people) -> bool:
    """`River hatte sich gegen den Erzrivalen Boca Juniors durchgesetzt`: the sentence's
    subject is a name the reader does not know as a team, so the story's team is no
    guess for the missing side."""
    found = NAMED_OPENING.match(sentence.text)
    if found is None or found.group("name") in NOT_A_NAME:
        return False
    return not any(m.start < sentence.start + found.end("name") for m in people)


_WE = re.compile(r"\b(?:[Ww]e|[Ww]ir)\s[^,;.:]{0,55}$")


def settle_clause_cues(doc, sentence, readings) -> None:
    for reading in readings:
        if reading.extra_time is None and _EXTRA_TIME_AFTER.match(doc.text, reading.hit.end):
            reading.extra_time = True
        if reading.stage is not None and _stage_is_anothers(doc, sentence, reading):
            reading.stage = None


def _stage_is_anothers(doc, sentence, reading) -> bool:
    """`im Viertelfinale gegen den SC Freiburg Schluss, und wie beim 0:5 bei Gladbach`:
    a round named in a clause about a third team, away from the score, is that team's."""
    rel = reading.hit.start - sentence.start
    teams = reading.teams() or ()
    for at, _ in cues.stage_at(sentence.text):
        lo, hi = _clause(sentence.text, at)
        if lo <= rel < hi:
            return False
        third = [
            m
            for m in doc.mentions_in(sentence)
            if lo <= m.start - sentence.start < hi and m.team not in teams
        ]
        if not third:
            return False
    return True


_PAST = Folded(
    re.compile(
        r"\b(?:last (?:month|week|season|year)|\w+ (?:weeks?|months?|years?) ago|"
        r"earlier (?:this|in the) (?:season|month|year)|vor \w+ (?:wochen|monaten|jahren)|"
        r"im vormonat|letzten monat|vergangenen monat|im vorjahr|in der vorsaison|"
        r"(?:\w+|a) (?:days?|weeks?) (?:earlier|before)|vor (?:einer|\w+) (?:woche|tagen)|"
        r"(?:\w+ tage|eine woche) (?:zuvor|vorher|davor|früher))\b",
        re.I,
    )
)


def told_as_past(reading) -> bool:
    """`Newcastle, who beat Chelsea 4-1 at home last month, lost at Fulham`: a result
    its own clause places in the past is not the one the story is about."""
    if reading.earlier or reading.year or "span-after" in reading.notes:
        return True
    text = reading.sentence.text
    lo, hi = _clause(text, reading.hit.start - reading.sentence.start)
    # `Die Römer hatten im Viertelfinale ... ein 1:4 mit einem 3:0 wettgemacht`
    return bool(_past(text, lo, hi) or PLUPERFECT.search(text, lo, hi))


_PAST_KEYS = ("vor", "ago", "last", "earlier", "before", "monat", "früher")
"""A word each match of `_PAST` holds, in the lower-cased text it is searched on."""


def _past(text: str, lo: int, hi: int) -> re.Match | None:
    """`_PAST.search(text, lo, hi)`, skipped where its lower-cased clause holds no key
    (most clauses: the search tries its `\\w+` alternatives at every word)."""
    low = lower_exact(text)
    if low is None:
        return _PAST.search(text, lo, hi)
    for key in _PAST_KEYS:
        if low.find(key, lo, hi) >= 0:
            return _PAST.search(text, lo, hi)
    return None


_PLACE_AFTER = re.compile(
    r"\s*(?:\([\d\s:,–-]*\)\s*)?(?:in|at|bei|away at|auswärts in)\s+([A-ZÄÖÜ][\w-]+)\b"
)


def place_names_third(doc, hit, pair, resolver) -> bool:
    """`Beim 1:5 in Frankfurt hatten die Bayern ...` in a story about Bayern and
    Dortmund: the place after the score is the home of a third club (its name alone
    names that club), so the story's pair is no guide to the unnamed side; `beim 6:1 in
    Irland` in a story about Germany and Sweden is a third country's."""
    found = _PLACE_AFTER.match(doc.text, hit.end)
    if not found:
        return False
    place = found.group(1)
    clubs = resolver.exact(normalize(place))
    if not clubs or clubs & set(pair):
        return False
    kinds = {getattr(resolver.teams.get(t), "kind", None) for t in (*clubs, *pair)}
    if kinds == {"national"}:
        return True
    if _national_pair(pair, resolver):
        return False  # `beaten England 1-0 in Guadalajara`: a club's town hosts nations too
    return home_by_place(place, pair, resolver) == "neutral"


def _national_pair(pair, resolver) -> bool:
    return all(getattr(resolver.teams.get(t), "kind", None) == "national" for t in pair)


_NEXT_CLAUSE = re.compile(r"[,;]\s|\s[–—]\s")
_FRONTED = re.compile(
    r"(?:^|[:.]\s)\s*(?:nach|vor|beim|trotz|after|following|despite)\s+(?:\w+\s+){0,2}$", re.I
)
"""`Nach einem 0:0 im eigenen Stadion, gewann die Eintracht bei Inter`: a score in a
phrase put before the main clause takes its sides from that clause."""


def in_next_clause(sentence, hit, mention, later) -> bool:
    """`war mit 0:5 gegen die Gastgeber untergegangen, im Halbfinale schlug sie Chile mit
    3:0`: a team told in a later clause that holds the next result is that result's."""
    if not later or mention.start < hit.end:
        return False
    rel = hit.start - sentence.start
    start, _ = _clause(sentence.text, rel)
    if _FRONTED.search(sentence.text[start:rel]):
        return False
    return (
        _NEXT_CLAUSE.search(sentence.text, hit.end - sentence.start, mention.start - sentence.start)
        is not None
    )
