"""A town of a country that was then part of a larger state (Kiev in the Soviet Union,
Split in Yugoslavia, Bratislava in Czechoslovakia) is that state's home town: `ein 1:1
in Tiflis` was the Soviet Union's home match. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_a_german_leg_in_a_soviet_town_was_the_soviet_unions_home_match():
    facts = read(
        " date 1972-05-14 Brüssel (dpa) - Belgien steht im Halbfinale. Die Belgier warfen "
        "Italien aus dem Wettbewerb. Ungarn setzte sich gegen Rumänien durch. Die Sowjetunion "
        "kam gegen Jugoslawien nach einem 0:0 in Belgrad zu einem 3:0 in Tiflis."
    )
    found = pairs(facts)
    assert ("soviet-union", "yugoslavia", (3, 0)) in found
    assert ("yugoslavia", "soviet-union", (3, 0)) not in found


def test_an_english_leg_in_a_yugoslav_town_was_yugoslavias_home_match():
    facts = read(
        " date 1968-05-10 LONDON (Reuters) - England reached the semi-finals. Yugoslavia "
        "drew 1-1 with France in Marseille and then beat them 5-1 in Belgrade."
    )
    found = pairs(facts)
    assert ("yugoslavia", "france", (5, 1)) in found
    assert ("france", "yugoslavia", (5, 1)) not in found
