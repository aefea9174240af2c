"""A ground or town told of a leg the story recalls is not the main match's: `Elber,
der schon im Bernabéu getroffen hatte` (a ground in a clause of what had happened
before), and a first leg told as past (`Das Hinspiel vor zwei Wochen hatten die
Salzburger 0:1 verloren`, `to overturn a 2-0 defeat from the first leg`) was not played
in the dateline's town. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_a_ground_of_a_goal_scored_before_is_not_the_main_matchs() -> None:
    facts = read(
        " date 2003-05-15 Turin (dpa) - Juventus steht im Endspiel der Champions League. "
        "Die Mannschaft von Marcello Lippi besiegte am Mittwochabend Real Madrid mit 3:1 und "
        "zog nach dem 1:2 im Hinspiel ins Finale ein.\n\nDavid Trezeguet, der schon im "
        "Bernabéu getroffen hatte, brachte die Gastgeber früh in Führung."
    )
    assert ("juventus", "real-madrid", (3, 1)) in pairs(facts)
    assert ("real-madrid", "juventus", (1, 3)) not in pairs(facts)


def test_an_english_ground_of_a_goal_scored_before() -> None:
    facts = read(
        " date 2003-05-15 TURIN, Italy (AP) - Juventus beat Real Madrid 3-1 on Wednesday "
        "to reach the Champions League final, overturning a 2-1 loss in the first leg.\n\n"
        "David Trezeguet, who had already scored at the Bernabeu, gave the hosts an early lead."
    )
    assert ("juventus", "real-madrid", (3, 1)) in pairs(facts)
    assert ("real-madrid", "juventus", (1, 3)) not in pairs(facts)


def test_a_first_leg_told_weeks_back_is_not_in_the_datelines_town() -> None:
    facts = read(
        " date 1997-05-20 Mailand – Ein Tor fehlt dem FC Schalke 04, um im Rückspiel des "
        "UEFA-Cup-Finales am Mittwochabend im Giuseppe-Meazza-Stadion die Verlängerung zu "
        "erzwingen. Das Hinspiel vor zwei Wochen im Parkstadion hatten die Gelsenkirchener mit "
        "0:1 gegen Inter Mailand verloren."
    )
    assert ("inter-milan", "schalke-04", (1, 0)) not in pairs(facts)


def test_a_first_leg_overturned_is_not_in_the_datelines_town() -> None:
    facts = read(
        " date 2019-05-08 LIVERPOOL, England (AP) — Nobody gave them a chance. On Tuesday "
        "night at Anfield, Liverpool showed why, taking Barcelona apart to overturn a 3-0 "
        "defeat from the first leg and reach the Champions League final."
    )
    assert ("liverpool", "barcelona", (0, 3)) not in pairs(facts)
