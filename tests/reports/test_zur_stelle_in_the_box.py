"""`Marko Rehmer war im Strafraum zur Stelle (15.)`, `war am langen Pfosten zur Stelle`: a
player who was there in the box or at the post scored (a held-out report lost the goal);
a keeper who was there for the few shots did not. Sentences written for these tests
(German: English tells it as `was on hand to convert`, read already)."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for

PAIR = ("germany", "netherlands", (2, 0))


def _goals(body: str, lang: str = "de") -> list[tuple]:
    (m,) = goals_for(body, Match(*PAIR), lang=lang)
    return [(g.player, g.minute) for g in m.goals or []]


def test_there_in_the_box_and_at_the_post() -> None:
    body = (
        "Deutschland gewann 2:0 gegen die Niederlande. Antonio Rüdiger war im Strafraum zur "
        "Stelle (12.). Nach der Pause war Kai Havertz am langen Pfosten zur Stelle (61.)."
    )
    assert _goals(body) == [("Antonio Rüdiger", 12), ("Kai Havertz", 61)]


def test_a_keeper_there_for_the_shots_scored_nothing() -> None:
    body = (
        "Deutschland gewann 2:0 gegen die Niederlande. Torhüter Marc-André ter Stegen war bei "
        "den wenigen Schüssen zur Stelle (30.)."
    )
    assert _goals(body) == []


def test_on_hand_to_convert() -> None:
    body = (
        "Germany beat the Netherlands 2-0. Antonio Rudiger was on hand to convert in the 12th "
        "minute, and Kai Havertz headed in the second in the 61st minute."
    )
    assert _goals(body, "en") == [("Antonio Rudiger", 12), ("Kai Havertz", 61)]
