"""Goal cues told as a deed on the team or the keeper: `X drew Colombia level`, `pulled his
side level`, `driving in from distance`, `X sent the goalkeeper the wrong way`; and a scorer
whose minute was dropped as unsure (75 or 105 in a match with extra time) is not kept
untimed. Sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from bot.reports.clauses.pairing import MAIN
from bot.reports.goals.events import GoalEvent
from bot.reports.goals.placing import _dropped_tellings
from tests.reports.helpers import goals_for


def read(body: str, match: Match) -> list[tuple]:
    goals_for(body, match, lang="en")
    return sorted((g.player, g.minute) for g in match.goals or [])


def test_drew_the_team_level():
    match = Match("arsenal", "everton", (1, 1))
    body = (
        "Arsenal drew 1-1 with Everton. Richarlison put Everton ahead in the 20th minute "
        "before Mesut Özil drew Arsenal level in the 39th minute."
    )
    assert read(body, match) == [("Mesut Özil", 39), ("Richarlison", 20)]


def test_pulled_his_side_level_and_drove_in_from_distance():
    match = Match("arsenal", "everton", (2, 1))
    body = (
        "Arsenal beat Everton 2-1. Richarlison put Everton ahead in the 20th minute. Mesut Özil "
        "pulled his side level in the 39th minute, and Alexandre Lacazette won it, driving in "
        "from distance in the 80th minute."
    )
    assert read(body, match) == [
        ("Alexandre Lacazette", 80),
        ("Mesut Özil", 39),
        ("Richarlison", 20),
    ]


def test_sent_the_keeper_the_wrong_way():
    match = Match("arsenal", "everton", (1, 0))
    body = (
        "Arsenal beat Everton 1-0. Michael Keane handled in the area and Alexandre Lacazette "
        "sent Jordan Pickford the wrong way in the 80th minute."
    )
    assert read(body, match) == [("Alexandre Lacazette", 80)]


def test_level_on_points_is_no_goal():
    match = Match("arsenal", "everton", (1, 0))
    body = (
        "Arsenal beat Everton 1-0. The win drew Arsenal level on points with Liverpool in the "
        "80th minute of their season, as it were."
    )
    assert read(body, match) == []


def test_a_dropped_minute_leaves_its_sentence_scorer_unsure():
    told = "Frank Lampard sent Morgan De Sanctis the wrong way with a quarter of an hour left."
    untimed = GoalEvent(MAIN, 0, "Frank Lampard", None, evidence=told)
    from_end = GoalEvent(MAIN, 0, None, 75, from_end=True, evidence=told)
    other = GoalEvent(MAIN, 0, "Didier Drogba", 29, evidence="Drogba scored in the 29th minute.")
    events = [other, untimed, from_end]
    assert _dropped_tellings(events, [other, untimed]) == {"lampard"}
    assert _dropped_tellings(events, events) == frozenset()


def test_restored_the_two_goal_cushion():
    match = Match("tottenham", "arsenal", (1, 3))
    body = (
        "Arsenal won 3-1 at Tottenham. Thierry Henry scored in the 20th minute and Lauren added "
        "a second in the 50th minute. Jermain Defoe replied in the 60th minute before Freddie "
        "Ljungberg restored the two-goal cushion in the 69th minute."
    )
    assert read(body, match) == [
        ("Freddie Ljungberg", 69),
        ("Jermain Defoe", 60),
        ("Lauren", 50),
        ("Thierry Henry", 20),
    ]


def test_schlug_zurueck_with_its_minute():
    match = Match("ivory-coast", "nigeria", (1, 1))
    body = (
        "Die Elfenbeinküste spielte 1:1 gegen Nigeria. William Troost-Ekong köpfte Nigeria in der "
        "38. Minute in Führung. Doch dann schlug Franck Kessié zurück (62.)."
    )
    goals_for(body, match, lang="de")
    assert sorted((g.player, g.minute) for g in match.goals or []) == [
        ("Franck Kessié", 62),
        ("William Troost-Ekong", 38),
    ]


def test_settling_the_tie_in_an_absolute_phrase():
    match = Match("west-ham", "sevilla", (2, 0))
    body = (
        "West Ham beat Sevilla 2-0 after extra time at the London Stadium, Tomas Soucek scoring "
        "in normal time and Andriy Yarmolenko settling the tie in the additional half-hour."
    )
    assert read(body, match) == [("Andriy Yarmolenko", None), ("Tomas Soucek", None)]
