"""A tournament's play-offs are its qualifying, not the tournament: `Portugal and
Poland booked their places at the World Cup ... A glance at the World Cup playoffs`
(a March report) tells World Cup qualifying games, whose `Semifinals` and `Finals`
are play-off rounds, not the World Cup's semi-final and final."""

from __future__ import annotations

import re

from bot.reports.matches.competitionmentions import find_competitions
from bot.reports.matches.qualifyinggroup import qualifying_group
from bot.reports.matches.tournamentfinals import named_as_destination
from bot.reports.patterns.keyed import Keyed
from bot.reports.patterns.spots import Folded
from bot.reports.text.document import Document

_QUALIFYING = {
    "FIFA World Cup": "FIFA World Cup qualification",
    "UEFA European Championship": "UEFA European Championship qualifying",
}
_MONTHS = {"FIFA World Cup": (6, 7), "UEFA European Championship": (6, 7)}
"""The months a finals tournament is played in (the 2022 World Cup also in November
and December); a game of another month is not one of its finals."""
_PLAY_OFF_WORDS = r"Play-?off-(?:Rückspiel|Hinspiel|Duell|Spiel|Partie)\w*|Play-?offs|Barrage\w*"
"""`im Playoff-Rückspiel`, `in den anderen Playoff-Duellen`, `the playoffs`, the Swiss
`Barrage`: in a report of a finals tournament's year, off its months, the qualifying
play-offs."""
_NAMED = {
    "FIFA World Cup": re.compile(
        r"\b(?:World Cup(?: \d{4})?[- ](?:play-?offs?|qualif\w+)|"
        r"WM-(?:Play-?offs?|Relegation|Quali\w*)|Relegation\w*|" + _PLAY_OFF_WORDS + "|"
        r"(?:Play-?off[\w-]*|Qualifikation) (?:zur|für die) "
        r"(?:Fußball-)?(?:WM|Weltmeisterschaft))\b",
        re.I,
    ),
    "UEFA European Championship": re.compile(
        r"\b(?:Euro(?:pean Championship)?(?: \d{4})?[- ](?:play-?offs?|qualif\w+)|"
        r"EM-(?:Play-?offs?|Relegation|Quali\w*)|Relegation\w*|" + _PLAY_OFF_WORDS + "|"
        r"(?:Play-?off[\w-]*|"
        r"Qualifikation) (?:zur|für die) (?:Fußball-)?(?:EM|Europameisterschaft))\b",
        re.I,
    ),
}
"""German `Relegation` (`Relegationsduelle`, `Relegations-Rückspiel`) in a report on a
finals tournament's year is its qualifying play-off, as `WM-Relegation` is."""
_NAMED = {competition: Folded(pattern) for competition, pattern in _NAMED.items()}
_GOAL_COMPOUND = re.compile(r"-(?:Aus|Teilnahme|Tickets?|Endrunde|Traum|Fahrkarte)\b")
"""`das erste WM-Aus seit 1958`, `das WM-Ticket`: the tournament as what a side reaches or
misses, not the competition the result was played in."""
_PLAY_OFF = re.compile(r"\bplay-?off", re.I)
_LEG = re.compile(r"\b(?:first|second|return) leg\b|\b(?:Hin|Rück)spiel", re.I)
"""`drawing 0-0 in the second leg of their playoff` in November: a finals tournament
plays no legs, so a leg outside its months is its qualifying's."""


def outside_finals(comp: str | None, date: str | None, strict: bool = False) -> bool:
    """Whether a game dated `date` (a month at least) falls outside the months the
    finals tournament `comp` is played in, so it cannot be one of its finals' games;
    `strict` holds the 2022 World Cup to November and December alone (a ground guessed
    from a host stays lenient: a June 2022 game there is still told)."""
    if comp not in _MONTHS or not date or len(date) < 7:
        return False
    year, month = int(date[:4]), int(date[5:7])
    months = _MONTHS[comp] + ((11, 12) if comp == "FIFA World Cup" and year == 2022 else ())
    if strict and comp == "FIFA World Cup" and year == 2022:
        months = (11, 12)
    return month not in months


_QUALIFYING_WORDS = Keyed(
    re.compile(
        r"\b(?:play-?offs?|qualif(?:y|ying|ier|iers|ication)|Qualifikation\w*|Quali\w*|"
        r"Relegation\w*)\b",
        re.I,
    ),
    "play|quali|relegation",
)
"""`Elsewhere in the European playoffs on Wednesday, Greece beat Ukraine 1-0`, `in their
qualifying group ... in October`: a result its own sentence places in the qualifying."""
_QUALIFYING_GROUP = re.compile(
    r"\b(?:qualifying group|qualification group|Qualifikationsgruppe|Quali-Gruppe)\b", re.I
)


def qualifying_round(
    doc: Document,
    comp: str | None,
    stage: str | None,
    date: str | None,
    own: str = "",
    leg: int | None = None,
) -> tuple[str | None, str | None]:
    """(competition, stage) of a match read as a finals tournament's: its qualifying
    (the semi-final or final of its play-offs a `play-off`), when the report names that
    qualifying and the game was played outside the tournament's months; not one whose
    own sentence `own` names the tournament itself (`the 2022 World Cup final`). A
    game read as a leg (`leg` 1 or 2) is a play-off's: a finals tournament plays none. A
    report that names qualifying anywhere (`hat sich für die WM 2014 qualifiziert`) tells
    a game off the finals' months as a qualifier."""
    if comp in _QUALIFYING.values() and stage is None and _PLAY_OFF.search(own):
        return comp, "play-off"
    if comp not in _QUALIFYING or not date or len(date) < 7:
        return comp, stage
    named = any(
        m.name == comp
        and not named_as_destination(own, m.start)
        and not _GOAL_COMPOUND.match(own, m.end)
        for m in find_competitions(own, doc.published)
    )
    if named and not _NAMED[comp].search(own):
        return comp, stage
    legged = _LEG.search(own) is not None or leg in (1, 2)
    qualifying = legged or _QUALIFYING_WORDS.search(own) is not None
    if not outside_finals(comp, date, strict=True):
        return comp, stage
    if not (qualifying or _NAMED[comp].search(doc.text) or _QUALIFYING_WORDS.search(doc.text)):
        return comp, stage
    if stage in ("semi-final", "final"):
        stage = "play-off" if _PLAY_OFF.search(doc.text) else None
    elif _QUALIFYING_GROUP.search(own) or (legged and qualifying_group(doc, _QUALIFYING[comp])):
        stage = "group"  # `im Hinspiel in Helsinki` of a group story: the group's first meeting
    else:
        # a qualifier played in legs is a play-off (`Russia had won the first leg 2-1`)
        stage = "play-off" if legged or (qualifying and _PLAY_OFF.search(own)) else None
    return _QUALIFYING[comp], stage


_DESTINATION = re.compile(
    r"\b(?:send|sends|sent|sending|qualif\w+|book\w*|secur\w*|through|reach\w*|squeez\w*|"
    r"scrap\w*|clinch\w*|advanc\w*)\s+(?:\w+\s+){0,3}(?:to|for|into)\s+(?:next year's|the "
    r"\d{4})\s+(World Cup|European Championship|Euro)\b"
)
"""... `squeezed into next year's World Cup`, `scraped into the 2006 World Cup` too."""
_TOURNAMENTS = {
    "World Cup": "FIFA World Cup",
    "European Championship": "UEFA European Championship",
    "Euro": "UEFA European Championship",
    "Weltmeisterschaft": "FIFA World Cup",
    "WM": "FIFA World Cup",
    "Europameisterschaft": "UEFA European Championship",
    "EM": "UEFA European Championship",
}


def qualified_for(text: str) -> str | None:
    """`to send Portugal to next year's World Cup in Brazil ... the second leg of their
    playoff`: a match that sends a side to a finals tournament ahead is that
    tournament's qualifying, when the text names no competition the match was in."""
    found = _DESTINATION.search(text)
    if found is None and "icket" in text:
        found = _TICKET_DE.search(text)
    return _QUALIFYING[_TOURNAMENTS[next(g for g in found.groups() if g)]] if found else None


_TICKET_DE = re.compile(
    r"\b(?:Ticket|Fahrkarte)\s+(?:für|zur)\s+(?:die\s+)?(Weltmeisterschaft|Europameisterschaft|"
    r"WM|EM)\b|\b(WM|EM)-Ticket"
)
"""`lösten damit das Ticket für die Weltmeisterschaft 2010`, `ihr WM-Ticket`."""
