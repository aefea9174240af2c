"""`hat die CONCACAF Champions League gewonnen und sich für die Klub-Weltmeisterschaft
qualifiziert`: the competition a winner qualified for is not the final's; `MLS playoff games`
name the MLS Cup playoffs, not the league. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_a_competition_qualified_for_in_german():
    facts = read(
        " date 2013-05-02 Mexiko-Stadt (dpa) - Der CF Monterrey hat zum zweiten Mal die CONCACAF "
        "Champions League gewonnen und sich für die Klub-Weltmeisterschaft im Dezember in "
        "Marokko qualifiziert. Der mexikanische Meister setzte sich im Finalrückspiel am "
        "Mittwochabend beim Club América mit 2:1 durch."
    )
    found = match(facts, "club-america", "monterrey")
    assert (found.competition, found.season) == ("CONCACAF Champions League", "2012-13")


def test_mls_playoff_games():
    facts = read(
        " date 2023-10-31 Columbus Crew won Game 1 of their first-round series against Atlanta "
        "United 2-0 at home on Sunday. MLS playoff games in the first round go straight to a "
        "shootout when tied."
    )
    assert match(facts, "columbus-crew", "atlanta-united").competition == "MLS Cup"
