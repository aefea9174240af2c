"""Which side was at home, from the places a sentence names around its results."""

from __future__ import annotations

import re

from bot.reports.matches import cues
from bot.reports.matches.carriedinto import into_later_leg
from bot.reports.matches.carriedlead import later_legs_place
from bot.reports.matches.legplace import (
    before_other_leg,
    other_legs_ground,
    other_legs_place,
    owned_ground,
)
from bot.reports.matches.overturnplace import deficit_ahead
from bot.reports.matches.scoresplace import after_told_score
from bot.reports.matches.statushost import at_status_host
from bot.reports.matches.travelplace import travel_home
from bot.reports.matches.turneddeficit import turn_of
from bot.reports.matches.whoaside import in_who_aside
from bot.reports.names.stadiums import shared_host, stadium_team
from bot.reports.names.townadjective import town_of_adjective
from bot.reports.names.venues import home_by_place
from bot.reports.patterns.alternations import lead
from bot.reports.text.holdsany import holds_any

_GUEST_OF = re.compile(
    r"\b(?:beat|beating|defeated|defeating|edged|edging|against|over|routed|thrashed|"
    r"hammered|drew with|held|downed|saw off|hosted|hosting)\s+visiting\s+$"
)
"""`beat visiting New York City FC`: the team after `visiting` was the guest (not `X,
visiting Chelsea`, a verb whose object is the host)."""
_AT_UNNAMED = lead(
    re.compile(
        r"\b(?:bei|beim)\s+(?:de[mnr]\s+)?(?![a-zäöü]+\s+(?:\d|(?i:remis|unentschieden|stand|ergebnis|"
        r"spielstand|null|sieg|erfolg|niederlage)\b))"
        r"(?!eine[mnr]?\s+(?:[a-zäöü]\w*\s+)?(?:Turnier|Wettbewerb|Endrunde|Großereignis|WM|EM"
        r"|\w*[Mm]eisterschaft|\w*[Tt]urnier|Olympi\w*)\b)[a-zäöü]"
    ),
    always=True,
)
"""`beim mexikanischen Spitzenklub`: a host named by what it is; not a state of the score
(`es blieb beim torlosen Remis`), nor an event (`bei einem großen Turnier`)."""
_NAMED_EVENT = re.compile(r"beim?\s+de[mnr]\s+[A-ZÄÖÜ]")
"""`bei der Copa América`, `bei der SpVgg Greuther Fürth`: the pattern above skips the
article; a capital after it is a host only where a team is named there."""
_POSSESSIVE = re.compile(
    r"['’]s?\s+(?![\d(])(?!(?:[\w-]+\s+){0,2}?(?:win|victory|draw|defeat|loss|triumph)\b)"
)
"""`in United's favour`, `in Arsenal's half`: a side's possession after `in`, not a place
(a ground owned so, `in Tottenham's new stadium`, is read by `owned_ground`); but
`in Chelsea's 2-0 semifinal win` still names the side of the result."""


_TENURE = re.compile(
    r"\b(?:reign|tenure|spells?|stints?|career|era|Amtszeit|Karriere|Ära)\s+(?:(?:at|with|bei|beim)\s+(?:the\s+|dem\s+)?)?$",
    re.I,
)
"""`his 22-year reign at Arsenal`, `seiner Amtszeit beim FC Bayern`: the club a person
worked for, not the ground a result was played at (`for the first time at Anfield` is a
ground: time words are left out)."""
_TENURE_KEYS = ("reign", "tenure", "spell", "stint", "career", "era", "amtszeit", "karriere")
"""_TENURE's words as an ASCII window lower-cases them (there re.I folds as lower() does)."""


def _after_tenure(text: str, end: int) -> bool:
    """`_TENURE.search(text, end - 40, end)`: an ASCII window holding none of its words
    is told without the search (its `\\b`-led re.I alternation was tried at each of the
    forty places, about 20,000 instructions a call)."""
    start = max(0, end - 40)
    window = text[start:end]
    if window.isascii() and not holds_any(window.lower(), _TENURE_KEYS):
        return False
    return _TENURE.search(text, start, end) is not None


_NEXT_WORD = re.compile(r" [A-Z][a-z]+")


def _in_ground_name(text: str, m) -> bool:
    """`after a goalless first leg at the City Ground`: a side's name (`City`) that opens
    another club's ground's name is part of that ground, no side at home."""
    word = _NEXT_WORD.match(text, m.end)
    if word is None:
        return False
    owner = stadium_team(text[m.start : word.end()])
    return owner is not None and owner != m.team


def place_cues(doc, sentence, readings, owner, resolver) -> None:
    """Home sides from where the sentence places each result: `at LAFC`, `beim CF
    Monterrey`, `in Porto`, `at Tottenham's new stadium`, `beat visiting NYCFC`."""
    text, base = sentence.text, sentence.start
    mentions = doc.mentions_in(sentence)
    for m in mentions:
        if m.prep == "visiting" and _GUEST_OF.search(doc.text, max(0, m.start - 30), m.start):
            r = owner(m.start - base)
            if r is not None and not r.context_filled and r.teams() and m.team == r.o:
                r.home = r.home or r.p
        at = m.prep in ("at", "bei", "beim") or at_status_host(doc.text, m)
        if at and _after_tenure(doc.text, m.start):
            continue
        if at and _in_ground_name(doc.text, m):
            continue
        if at or (m.prep == "in" and doc.lang == "en"):
            if m.prep == "in" and _POSSESSIVE.match(doc.text, m.end):
                continue
            r = owner(m.start - base)
            if r is None or other_legs_ground(text, m.start - base, r.leg):
                continue
            if later_legs_place(text, m.start - base, r, base):
                continue
            if into_later_leg(text, m.start - base, r, base):
                continue
            if after_told_score(text, m.start - base, r.hit.end - base):
                continue
            if deficit_ahead(text, m.start - base, r.hit.end - base):
                continue
            if m.start < r.hit.start and _PLACE_AFTER_SCORE.match(doc.text, r.hit.end):
                continue  # `in Liverpool, where Liverpool overturned a 3-0 defeat at the Camp Nou`
            if r.teams() and m.team in r.teams():
                r.home = r.home or m.team
    places = list(cues.AT_PLACE.finditer(text))
    if len(places) > 1:  # a ground right after a score first, before a town told earlier
        places.sort(key=lambda m: not ground_of_score(text, m))
    for m in places:
        if _after_tenure(text, m.start()):
            continue
        if (r := owner(m.start())) is not None and in_who_aside(
            text, m.start(), r.hit.start - base
        ):
            continue  # `Chelsea, who had built a 3-1 lead at Anfield, drew 4-4`
        place = m.group("place")
        inside = [x.start - base for x in mentions if base + m.start("place") < x.start]
        inside = [at for at in inside if at < m.end("place")]
        if inside:  # `in London Real Madrid`: the place ends where a team's name begins
            place = text[m.start("place") : inside[0]].rstrip()
        prep = m.group("prep").lower()
        r = turn_of(doc.text, owner(m.start()), readings, base + m.start())
        pair = r.teams() if r is not None else None
        if pair is None or r.home or other_legs_place(text, m.start(), r.leg):
            continue
        if before_other_leg(text, m.end("place"), r.leg):
            continue
        if later_legs_place(text, m.start(), r, base) or into_later_leg(text, m.start(), r, base):
            continue
        if after_told_score(text, m.start(), r.hit.end - base):
            continue
        if deficit_ahead(text, m.start(), r.hit.end - base):
            continue
        absolute = base + m.start("place")
        named = next((x for x in mentions if x.start == absolute and x.team in pair), None)
        if named is not None and not _in_ground_name(doc.text, named):
            if prep != "im" and not (prep == "in" and _POSSESSIVE.match(doc.text, named.end)):
                r.home = named.team
            continue
        side = home_by_place(place, pair, resolver) or shared_host(text, m.start(), place, pair)
        if side is None and doc.lang == "de" and (town := town_of_adjective(place)):
            if not any(x.start == absolute for x in mentions):  # not `beim Hamburger SV`
                side = home_by_place(town, pair, resolver)
                if side and side != "neutral":
                    r.notes.add("place-home")  # a neutral final's ground may stand in a town
        if side == "neutral":
            r.notes.add("third-place")
        elif side:
            r.home = side
            r.notes.add("town-home")
    if " to " in text and ("go" in text or "went" in text or "travel" in text or "head" in text):
        travel_home(text, base, readings, owner, resolver)
    if "von " in text and ("inal" in text or "ndspiel" in text):
        _final_of_town(doc, text, owner, resolver)
    if "'s " in text or "’s " in text:
        for r in readings:
            owned = owned_ground(text, len(text), r.teams() or ("", ""), resolver)
            if owned and r.home is None and owner(owned[0]) is r:
                r.home = owned[1]
    for m in _AT_UNNAMED.finditer(text) if "bei" in text else ():  # (a cased pattern)
        if (event := _NAMED_EVENT.match(text, m.start())) and not any(
            base + event.end() - 1 <= x.start <= base + event.end() + 6 for x in mentions
        ):
            continue  # `den 15. Titel bei der Copa América`: an event, no host
        r = owner(m.start())
        if r is not None and r.home is None and r.teams():
            r.home = r.o


_SCORE_RIGHT_BEFORE = re.compile(
    r"\d\s?[-–:]\s?\d(?:-[A-Za-zÄÖÜäöüß]+)?(?:\s+(?:win|victory|defeat|loss|draw|home win|"
    r"away win|Sieg|Niederlage|Pleite|Remis|Heimsieg|Auswärtssieg))?\s*$"
)


_PLACE_AFTER_SCORE = re.compile(
    r"(?:-[A-Za-zÄÖÜäöüß]+)?(?:\s+(?:win|victory|defeat|loss|draw|Sieg|Niederlage|Pleite|Remis))?"
    r"\s+(?:at|in|im|an der|auf)\s+(?:the\s+)?[A-ZÄÖÜ]"
)
"""A score followed by the ground or town it was played at."""


def ground_of_score(text: str, place) -> bool:
    """`Roma, in Rome, overturned a 4-1 defeat at the Camp Nou`: a place right after a
    score is that score's ground, asked before a town told earlier in the sentence."""
    return _SCORE_RIGHT_BEFORE.search(text, max(0, place.start() - 30), place.start()) is not None


_FINAL_OF = re.compile(r"\b(?:Finale|Final|Endspiel)\s+von\s+(?P<place>[A-ZÄÖÜ][\w'’.-]+)")
"""`im Finale von Basel`, `das Endspiel von Rotterdam`: the town the final was played in."""


def _final_of_town(doc, text: str, owner, resolver) -> None:
    """`als die Ukrainer im Finale von Basel Ferencváros mit 3:0 bezwangen`: a final in a
    town of neither side was on neutral ground; in one side's town, at its home."""
    for m in _FINAL_OF.finditer(text):
        r = owner(m.start())
        if r is None or r.home or not r.teams() or r.leg is not None:
            continue
        side = home_by_place(m.group("place"), r.teams(), resolver)
        if side == "neutral":
            r.notes.add("third-place")  # as a town of neither side elsewhere: neutral
        elif side:
            r.home = side
            r.notes.add("town-home")
