"""Goals of the other leg told in the pluperfect right after a sentence about that leg
(round 11, sets 22 and 24): `Das Hinspiel war 1:1 ausgegangen. X hatte getroffen, Y
ausgeglichen.` Sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def scorers(match: Match) -> list[tuple]:
    return sorted((g.player or "", g.team or "") for g in match.goals or [])


def _legs_de() -> tuple[Match, Match]:
    return (
        Match("ajax", "juventus", (1, 1), leg=1),
        Match("juventus", "ajax", (1, 2), leg=2),
    )


def test_pluperfect_goals_after_the_first_legs_result_are_that_legs_de():
    first, second = _legs_de()
    goals_for(
        "Ajax gewann das Rückspiel bei Juventus mit 2:1. Donny van de Beek traf in der 34. "
        "Minute, Matthijs de Ligt köpfte in der 67. Minute zum 2:1 ein. Das Hinspiel in "
        "Amsterdam war 1:1 ausgegangen. Cristiano Ronaldo hatte kurz vor der Pause getroffen, "
        "David Neres gleich nach Wiederanpfiff ausgeglichen.",
        first,
        second,
        lang="de",
    )
    assert [p for p, _ in scorers(first)] == ["Cristiano Ronaldo", "David Neres"]
    assert "Cristiano Ronaldo" not in [p for p, _ in scorers(second)]


def test_im_ersten_duell_names_the_first_leg_de():
    first = Match("nacional", "san-lorenzo", (1, 1), leg=1)
    second = Match("san-lorenzo", "nacional", (1, 0), leg=2)
    goals_for(
        "San Lorenzo gewann das Rückspiel gegen Nacional mit 1:0. Néstor Ortigoza traf per "
        "Foulelfmeter in der 36. Minute. Nacional hatte im ersten Duell spät "
        "zurückgeschlagen. Mauro Matos hatte San Lorenzo in Führung gebracht, Julio Santa "
        "Cruz glich kurz vor dem Abpfiff aus.",
        first,
        second,
        lang="de",
    )
    assert [p for p, _ in scorers(first)] == ["Julio Santa Cruz", "Mauro Matos"]
    assert [p for p, _ in scorers(second)] == ["Néstor Ortigoza"]


def test_pluperfect_goals_after_the_first_legs_sentence_are_that_legs_en():
    first = Match("psg", "chelsea", (1, 1), leg=1)
    second = Match("chelsea", "psg", (2, 2), leg=2)
    goals_for(
        "Chelsea drew 2-2 with Paris Saint-Germain in the second leg. Gary Cahill scored in "
        "the 81st minute and Eden Hazard converted a penalty in the 96th minute. The first "
        "leg had ended 1-1 three weeks earlier. Branislav Ivanovic had given Chelsea the lead "
        "before Edinson Cavani equalised.",
        first,
        second,
    )
    assert [p for p, _ in scorers(first)] == ["Branislav Ivanovic", "Edinson Cavani"]


def test_a_present_tense_sentence_after_the_first_leg_stays_with_this_leg_en():
    first = Match("psg", "chelsea", (1, 1), leg=1)
    second = Match("chelsea", "psg", (1, 0), leg=2)
    goals_for(
        "Chelsea beat Paris Saint-Germain 1-0 in the second leg. The first leg ended 1-1 "
        "three weeks earlier. Eden Hazard scores the only goal in the 80th minute tonight.",
        first,
        second,
    )
    assert first.goals is None
    assert [(g.player, g.minute) for g in second.goals or []] == [("Eden Hazard", 80)]


def test_a_pluperfect_sentence_naming_another_club_is_not_the_legs_en():
    first = Match("psg", "chelsea", (1, 1), leg=1)
    second = Match("chelsea", "psg", (2, 2), leg=2)
    goals_for(
        "Chelsea drew 2-2 with Paris Saint-Germain in the second leg. The first leg had ended "
        "1-1. Branislav Ivanovic had scored against Arsenal on Saturday, and Edinson Cavani "
        "had scored twice against Lyon.",
        first,
        second,
    )
    assert not first.goals


def test_ausgeglichen_as_a_word_for_a_balanced_game_is_no_goal_de():
    (match,) = goals_for(
        "Der BVB gewann gegen Leipzig mit 1:0. Die erste Halbzeit war ausgeglichen, Marco "
        "Reus traf in der 70. Minute zum 1:0.",
        Match("borussia-dortmund", "rb-leipzig", (1, 0)),
        lang="de",
    )
    assert [(g.player, g.minute) for g in match.goals or []] == [("Marco Reus", 70)]
