"""In a story whose sides are national teams, `die deutsche Mannschaft` (`Elf`, `Auswahl`)
is Germany: its result went to the story's other side (Turkey 3-2 Portugal, Brazil 8-0
Saudi Arabia). And the round a side `qualified for` with a result is the one reached,
not the one played. Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_EURO = (
    " date 2016-06-26 Lyon - Frankreich steht im Viertelfinale der Europameisterschaft. "
    "Gegen Irland drehte die Équipe Tricolore am Sonntag im Stade de Lyon einen Rückstand "
    "und gewann mit 2:1. Gegner ist nun Island. Die deutsche Elf hatte sich bereits am "
    "Sonntagabend in Lille mit einem 3:0 gegen die Slowakei für das Viertelfinale "
    "qualifiziert."
)


def test_the_german_team_is_germany() -> None:
    facts = read(_EURO)
    teams = {(m.home, m.away, m.score) for m in facts.matches}
    assert ("france", "slovakia", (3, 0)) not in teams
    found = [m for m in facts.matches if {m.home, m.away} == {"germany", "slovakia"}]
    assert len(found) == 1 and found[0].score == ((3, 0) if found[0].home == "germany" else (0, 3))


def test_the_round_qualified_for_is_not_the_round_played() -> None:
    found = [m for m in read(_EURO).matches if {m.home, m.away} == {"germany", "slovakia"}]
    assert found and found[0].stage != "quarter-final"


def test_qualified_for_in_english() -> None:
    text = (
        " date 2008-06-20 Germany qualified for the semi-finals of Euro 2008 with a 3-2 win "
        "over Portugal at St. Jakob-Park in Basel on Thursday night, with goals from "
        "Schweinsteiger, Klose and Ballack."
    )
    assert match(read(text), "germany", "portugal").stage != "semi-final"
