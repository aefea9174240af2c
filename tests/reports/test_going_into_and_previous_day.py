"""`needing a win to go straight into the Champions League group stage`: a competition a side
would go into is where it will play, not the competition of the result told; and `the
previous Saturday` in a story of the day before the dateline is the week before that day.
Texts written for these tests."""

from __future__ import annotations

from bot.reports.matches.competitionmentions import find_competitions
from tests.reports.helpers import match, read


def test_a_competition_gone_into_names_no_result():
    facts = read(
        " date 2019-05-27 Lazio needed a win to be sure of going straight into the Champions "
        "League group stage. Lazio beat Bologna 2-1 at the Stadio Olimpico on Sunday."
    )
    found = match(facts, "lazio", "bologna")
    assert found.competition != "UEFA Champions League"


def test_a_competition_whose_final_a_side_went_into_is_still_named():
    text = "Liverpool went into the Champions League final as favourites and beat Spurs 2-0."
    assert [m.name for m in find_competitions(text, "2019-06-02")] == ["UEFA Champions League"]


def test_the_previous_saturday_is_a_week_before_the_story_day():
    facts = read(
        " date 2019-05-20 Napoli beat Inter 4-1 in Naples on Sunday. Juventus had "
        "already won the title the previous Sunday, beating Fiorentina 2-1 in Turin."
    )
    assert match(facts, "juventus", "fiorentina").date == "2019-05-12"
    assert match(facts, "napoli", "inter-milan").date == "2019-05-19"
