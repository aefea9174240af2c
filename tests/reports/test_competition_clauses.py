"""A competition named in a later clause about other teams (`mit 6:2 bei Leverkusen
gewonnen, in der Champions League waren sie gegen Real Madrid ausgeschieden`) is that
clause's, not the result's; a later clause naming no other team still names it."""

from __future__ import annotations

from tests.reports.helpers import match, read

OPENING = (
    " date 2018-05-20 Berlin (dpa) - Eintracht Frankfurt hat den FC Bayern München im "
    "Pokalfinale mit 3:1 besiegt. "
)


def test_a_competition_in_a_clause_about_other_teams_is_not_the_results():
    facts = read(
        OPENING + "Die Bayern hatten im Halbfinale mit 6:2 bei Bayer Leverkusen gewonnen, in "
        "der Champions League waren sie gegen Real Madrid ausgeschieden."
    )
    found = match(facts, "bayer-leverkusen", "bayern-munich")
    assert found.score == (2, 6)
    assert found.competition != "UEFA Champions League"


def test_a_later_clause_without_other_teams_still_names_the_competition():
    facts = read(
        "Real Madrid beat Liverpool 3-1 in Kiev on Saturday. Real Madrid had beaten Bayern "
        "Munich 2-1 at the Allianz Arena in April, in the Champions League semifinals."
    )
    found = match(facts, "bayern-munich", "real-madrid")
    assert found.competition == "UEFA Champions League"


def test_a_competition_the_team_had_dropped_out_of_is_not_its_results():
    facts = read(
        "Atletico Madrid beat Fulham 2-1 in the Europa League final in Hamburg on Wednesday. "
        "Atletico had dropped out of the Champions League group stage and reached the final "
        "by beating Liverpool 1-0 at the Vicente Calderon in the first leg of the semifinals."
    )
    found = match(facts, "atletico-madrid", "liverpool")
    assert found.score == (1, 0)
    assert found.competition != "UEFA Champions League"
