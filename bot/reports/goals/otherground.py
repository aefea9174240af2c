"""Goals told of the other leg in the report of one: `In London hatte Antonio das 1:0
erzielt` in the report of the return leg at Freiburg, `the goal Cavani scored in the 1-1
first leg`, `als Benzema im Hinspiel getroffen hatte`."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from bot.facts import Match
from bot.reports.matches import cues as matchcues
from bot.reports.matches.legorder import PLUPERFECT
from bot.reports.names.venues import home_by_place


def at_visitors_ground(sentence: str, main: Match, resolver) -> bool:
    """Whether the sentence places what it tells at the ground of the main match's away
    side, where the main match was not played."""
    if main.neutral or main.leg not in (1, 2) or resolver is None:
        return False
    pair = (main.home, main.away)
    for found in matchcues.AT_PLACE.finditer(sentence):
        if found.group("prep").lower() not in ("in", "at", "an der", "im", "at the"):
            continue
        if home_by_place(found.group("place"), pair, resolver) == main.away:
            return True
    return False


_SCORED_IN_LEG = re.compile(
    r"\b(?:scored|netted|struck|headed|converted)\b[^.;]{0,40}?\bin the (?:\d{1,2}-\d{1,2} )?"
    r"(?P<leg>first|second)[- ]leg\b",
    re.I,
)
"""`the goal Edinson Cavani scored in the 1-1 first leg`: a goal told as scored in the other
leg is that leg's, whatever the tense."""


_PERSON_ASIDE = re.compile(r",\s+who(?:se)?\b[^,;.]*,")
"""`Son, who had settled the first leg, equalised`: the aside tells of the person's other
match; the goals outside it are judged without it (those inside are that leg's)."""

_RELATIVE_DE = re.compile(
    r",\s+(?:der|die|dem|dessen|deren)\s+\w[^,;.]*\s(?:hatte|hat|war|ist|wurde),"
)
"""`Nilsson, der den Hamburgern schon im Hinspiel Probleme bereitet hatte, erhöhte`: the
German relative clause is such an aside too."""


def other_legs_goal(told: str, main: Match, resolver) -> bool:
    """`Nach dem 0:1 im Hinspiel, als Karim Benzema in der 19. Minute getroffen hatte`: a
    goal told in the pluperfect in a sentence naming the other leg, or the visitors'
    ground, is that leg's, even where that leg was not read as a match of its own."""
    if main.leg not in (1, 2):
        return False
    if "who" in told:
        told = _PERSON_ASIDE.sub(",", told)
    if ", de" in told:
        told = _RELATIVE_DE.sub(",", told)
    scored_in = _SCORED_IN_LEG.search(told) if "leg" in told.lower() else None
    if scored_in and (1 if scored_in.group("leg").lower() == "first" else 2) != main.leg:
        return True
    if PLUPERFECT.search(told) is None:
        return False
    legs = matchcues.scan(matchcues.LEG, told)
    if any((1 if m.group("one") else 2) != main.leg for m in legs):
        return True
    return at_visitors_ground(told, main, resolver)


_THIS_NIGHT = re.compile(r"[^.;,]{0,80}?\b(?:on the night|an diesem Abend)\b")


def told_of_this_night(text: str, at: int) -> bool:
    """`... in the first leg, when Pettersson scored the only goal, and they extended it on
    the night through Nilsson`: a clause that says its goal came on the night is the main
    match's, though its sentence names the other leg."""
    return _THIS_NIGHT.match(text, at) is not None


_PAST_CLAUSE = re.compile(r",\s+(?:nachdem|after)\s[^;]*$")
"""`gewann durch Tore von Ronaldo und James mit 2:0, nachdem er schon das Hinspiel mit 2:0
gewonnen hatte`: a closing clause that tells how the other leg had gone."""


def before_past_clause(text: str, at: int, evidence: str, judge: Callable[[str], bool]) -> bool:
    """A goal told before a closing `nachdem`/`after` clause about the other leg is judged
    by its own part of the sentence: the pluperfect and the leg word are the clause's."""
    if "nachdem " not in evidence and "after " not in evidence:
        return False
    tail = _PAST_CLAUSE.search(evidence)
    if tail is None:
        return False
    start = text.rfind(evidence, 0, at + len(evidence))
    if start < 0 or at >= start + tail.start():
        return False
    return not judge(evidence[: tail.start()] + ".")


def other_legs(main: Match, resolver) -> Callable[[str], bool]:
    """other_legs_goal for one main match, asked once per sentence: the goals a sentence
    tells share its text as their evidence."""
    return cache(lambda told: other_legs_goal(told, main, resolver))
