"""`hat seinen Vorsprung an der Tabellenspitze ausgebaut ... liegt nun vier Punkte vor dem
ersten Verfolger`, `went top of the table ... three points clear of`: a lead that tells
a side's place at the top of the table and its points over the chasers tells a league
game, as a title decided on a matchday does (see matchinfo.main_league)."""

from __future__ import annotations

import re

from bot.reports.patterns.keyed import Keyed

_TOP = Keyed(
    re.compile(
        r"\b(?:Tabellenspitze|Tabellenführ(?:er|ung)|Spitzenreiter|top of the (?:table|league)|"
        r"league leaders)\b"
    ),
    "Tabellenspitze|Tabellenführ|Spitzenreiter|top of the|league leaders",
    cased=True,
)
_POINTS = Keyed(
    re.compile(
        r"\b(?:\d{1,2}|eine[nm]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|"
        r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
        r"(?:Punkte?n? (?:vor\b|Vorsprung)|points? (?:clear|ahead)\b)"
    ),
    " Punkt| point",
    cased=True,
)


def told_table_lead(lead: str) -> bool:
    """The lead holds both a place at the top of the table and a points lead."""
    return bool(_TOP.search(lead)) and bool(_POINTS.search(lead))
