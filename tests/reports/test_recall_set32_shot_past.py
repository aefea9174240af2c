"""A shot or header told as going past the keeper is a goal (`Eder hit a low 25-yard shot
past Hugo Lloris in the 109th minute`, `Drogba stooped to head past De Sanctis`), but not
one past the post, nor a header someone handled; `with a quarter of an hour left` is 75;
from set 32's EURO 2016 final and Chelsea-Napoli, with sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from bot.reports.clauses.minutes import find_minutes
from tests.reports.helpers import goals_for


def scorers(body: str, lang: str | None = None) -> list[tuple]:
    (match,) = goals_for(body, Match("bayern-munich", "borussia-dortmund", (1, 0)), lang=lang)
    return [(g.minute, g.player) for g in match.goals or []]


def test_a_shot_past_the_keeper_en():
    assert scorers(
        "Bayern beat Dortmund 1-0. Michael Olise, a winger who had barely played all month, "
        "hit a low 20-yard shot past Gregor Kobel in the 98th minute."
    ) == [(98, "Michael Olise")]


def test_a_shot_past_the_post_is_no_goal_en():
    assert (
        scorers(
            "Bayern beat Dortmund 1-0. Michael Olise hit a low shot past the post in the 30th "
            "minute."
        )
        == []
    )


def test_a_shot_past_the_keeper_de():
    assert scorers(
        "Bayern gewann 1:0 gegen Dortmund. Michael Olise traf in der 98. Minute mit einem "
        "flachen Schuss aus 20 Metern an Gregor Kobel vorbei.",
        lang="de",
    ) == [(98, "Michael Olise")]


def test_a_header_past_the_keeper_after_a_timed_goal_noun_en():
    assert scorers(
        "Bayern beat Dortmund 1-0. The first goal arrived in the 29th minute. Alphonso "
        "Davies, excellent throughout, surged down the left and crossed, and Harry Kane "
        "stooped to head past Gregor Kobel."
    ) == [(29, "Harry Kane")]


def test_a_header_past_the_post_is_no_goal_en():
    assert (
        scorers("Bayern beat Dortmund 1-0. Harry Kane headed past the post in the 30th minute.")
        == []
    )


def test_the_defender_who_handled_a_header_is_no_scorer_en():
    found = scorers(
        "Bayern beat Dortmund 1-0. Nico Schlotterbeck handled Dayot Upamecano's header in "
        "the area and Harry Kane, calm as ever, sent Gregor Kobel the wrong way."
    )
    assert all(player not in ("Nico Schlotterbeck", "Dayot Upamecano") for _, player in found)


def test_with_a_quarter_of_an_hour_left_is_the_75th_minute_en():
    text = "Harry Kane sent Gregor Kobel the wrong way with a quarter of an hour left."
    assert [m.minute for m in find_minutes(text, "en")] == [75]
