"""`Rodriguez war schon der Mann des Hinspiels gewesen. Am Donnerstag hatte der
Linksverteidiger des AC Mailand in der 58. Minute einen Foulelfmeter verwandelt`: a
position told as a person (`der Linksverteidiger`, `der Mittelstürmer`, `the left-back`,
`the centre-forward`) points back to the player named before, like `der Stürmer` (a
held-out report lost the goal). Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for


@pytest.mark.parametrize(
    "role", ["der Linksverteidiger des FC Bayern", "der Mittelstürmer", "der Rechtsverteidiger"]
)
def test_german_position_points_back(role) -> None:
    body = (
        "Der FC Bayern gewann 1:0 gegen Borussia Dortmund. Alphonso Davies war der Mann des "
        f"Abends. In der 58. Minute verwandelte {role} einen Foulelfmeter zum einzigen Tor."
    )
    (m,) = goals_for(body, Match("bayern-munich", "borussia-dortmund", (1, 0)), lang="de")
    assert [(g.player, g.minute, g.penalty) for g in m.goals or []] == [
        ("Alphonso Davies", 58, True)
    ]


@pytest.mark.parametrize("role", ["The left-back", "The centre-forward"])
def test_english_position_points_back(role) -> None:
    body = (
        "Bayern Munich beat Borussia Dortmund 1-0. Alphonso Davies was the man of the night. "
        f"{role} converted a penalty in the 58th minute for the only goal."
    )
    (m,) = goals_for(body, Match("bayern-munich", "borussia-dortmund", (1, 0)), lang="en")
    assert [(g.player, g.minute, g.penalty) for g in m.goals or []] == [
        ("Alphonso Davies", 58, True)
    ]


def test_a_lone_name_before_the_role_is_whom_it_means() -> None:
    body = (
        "Der FC Porto gewann 3:1 gegen Benfica. Rafa Silva glich kurz nach der Pause aus (47.). "
        "Porto übernahm die Kontrolle, und Pepê drehte die Partie mit zwei Treffern binnen "
        "sechs Minuten: Erst traf der Flügelspieler in der 64. Minute, dann in der 70. Minute "
        "zum 3:1."
    )
    (m,) = goals_for(body, Match("porto", "benfica", (3, 1)), lang="de")
    scorers = [(g.player, g.minute) for g in m.goals or []]
    assert ("Rafa Silva", 64) not in scorers and ("Rafa Silva", 70) not in scorers
    assert ("Pepê", 64) in scorers


def test_a_noun_before_the_role_is_no_one() -> None:
    body = (
        "Harry Kane hat den Rekord gebrochen. Beim 1:0-Sieg des FC Bayern München gegen den "
        "VfB Stuttgart am 34. Spieltag erzielte der Engländer am Samstag in der 88. Minute "
        "sein 41. Saisontor."
    )
    (m,) = goals_for(body, Match("bayern-munich", "vfb-stuttgart", (1, 0)), lang="de")
    assert [(g.player, g.minute) for g in m.goals or []] == [("Harry Kane", 88)]
