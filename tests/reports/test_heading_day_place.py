"""A results box whose heading has a day-and-place line under it (`Spain 1, Portugal 0` /
`Tuesday, Cape Town`): the story under that line is about the heading's match, as under a
heading alone. `Sneijder made sure six minutes from time` is a goal; `made sure the lead
held` is none. Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_TEXT = (
    " date 2014-07-02 SAO PAULO — The last eight is complete. Here is how the last matches "
    "of the round went.\n\n"
    "Argentina 1, Switzerland 0 (after extra time)\n"
    "Tuesday, Sao Paulo\n\n"
    "Angel Di Maria settled it in the 118th minute, turning in Lionel "
    "Messi's pass.\n\n"
    "Belgium 2, United States 1 (after extra time)\n"
    "Tuesday, Salvador\n\n"
    "Kevin De Bruyne scored in the 93rd minute. Romelu Lukaku {verb} in the 105th, and "
    "Julian Green volleyed in the 107th minute.\n"
)


def test_story_under_a_day_place_line_is_the_headings_match() -> None:
    facts = read(_TEXT.format(verb="made sure"))
    first = match(facts, "argentina", "switzerland")
    second = match(facts, "belgium", "usa")
    assert [(g.player, g.minute) for g in first.goals or []] == [("Angel Di Maria", 118)]
    assert [(g.player, g.minute) for g in second.goals or []] == [
        ("Kevin De Bruyne", 93),
        ("Romelu Lukaku", 105),
        ("Julian Green", 107),
    ]


def test_made_sure_without_a_time_or_a_win_is_no_goal() -> None:
    facts = read(_TEXT.format(verb="made sure the lead held").replace(" in the 105th", ""))
    second = match(facts, "belgium", "usa")
    assert all(g.player != "Romelu Lukaku" for g in second.goals or [])
