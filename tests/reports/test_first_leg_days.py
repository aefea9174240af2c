"""The day of a first leg told in passing: kept where the text puts the weekday in
the past (`last Saturday`, `am vergangenen Samstag`) far enough from the dateline to
be unambiguous; a bare weekday, or `last Tuesday` the day after, stays unstated."""

from __future__ import annotations

from tests.reports.helpers import read

SECOND_EN = (
    " date 2019-03-13 Liverpool beat Bayern Munich 3-1 in Munich on Wednesday night in "
    "the second leg of their Champions League round-of-16 tie. "
)
SECOND_DE = (
    " date 2019-03-13 Der FC Liverpool hat am Mittwochabend das Achtelfinal-Rückspiel beim "
    "FC Bayern München mit 3:1 gewonnen. "
)


def first_leg(facts):
    found = [m for m in facts.matches if m.leg == 1]
    assert len(found) == 1, facts.matches
    assert (found[0].home, found[0].away, found[0].score) == ("liverpool", "bayern-munich", (0, 0))
    return found[0]


def test_a_first_leg_last_saturday_was_played_that_saturday():
    facts = read(SECOND_EN + "The first leg last Saturday at Anfield had ended 0-0.")
    assert first_leg(facts).date == "2019-03-09"
    facts = read(
        SECOND_DE + "Das Hinspiel am vergangenen Samstag in Liverpool war 0:0 ausgegangen."
    )
    assert first_leg(facts).date == "2019-03-09"


def test_a_bare_weekday_in_a_first_legs_sentence_dates_nothing():
    facts = read(SECOND_DE + "Das Hinspiel am Samstag in Liverpool war 0:0 ausgegangen.")
    assert first_leg(facts).date is None


def test_last_tuesday_the_day_after_may_mean_the_week_before():
    facts = read(SECOND_EN + "The first leg last Tuesday at Anfield had ended 0-0.")
    assert first_leg(facts).date is None
