"""A league whose title is played for in its own cup (MLS): a final, a leg or a
conference final read as the league's is the cup's (`for the club's second MLS title`),
and a conference final is no final of the cup."""

from __future__ import annotations

from tests.reports.helpers import match, read

EN = (
    " date 2019-11-11 SEATTLE (AP) — Seattle beat Toronto FC 3-1 on Sunday for the club's "
    "second MLS title.\n\nSeattle reached the final by beating LAFC in the Western "
    "Conference final, winning 3-1 in Los Angeles."
)
DE = (
    " date 2019-11-11 Seattle (SID) - Die Seattle Sounders haben zum zweiten Mal die MLS "
    "gewonnen. Das Team besiegte am Sonntag im Finale Toronto FC mit 3:1.\n\n"
    "Im Finale der Western Conference hatten die Sounders beim Los Angeles FC mit 3:1 "
    "gewonnen."
)


def test_an_mls_title_won_in_a_final_is_the_mls_cup():
    final = match(read(EN), "seattle-sounders", "toronto-fc")
    assert (final.competition, final.stage) == ("MLS Cup", "final")


def test_a_conference_final_is_the_cup_without_a_stage():
    for text in (EN, DE):
        facts = read(text)
        semi = match(facts, "lafc", "seattle-sounders")
        assert (semi.competition, semi.stage) == ("MLS Cup", None)


def test_a_regular_season_match_stays_the_league():
    facts = read(
        " date 2019-06-30 SEATTLE (AP) — Seattle beat Toronto FC 3-1 on Saturday in Major "
        "League Soccer."
    )
    assert match(facts, "seattle-sounders", "toronto-fc").competition == "Major League Soccer"
