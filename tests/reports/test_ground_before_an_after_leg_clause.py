"""A ground told before an `after` / `nachdem` clause telling a leg's score (`ended in extra
time at Stamford Bridge after Napoli had won the first leg 3-1`) is the later match's ground,
not that leg's home (set 76, Napoli-Chelsea); a `nachdem` clause telling the match's own state
(`nachdem es nach 120 Minuten 0:0 gestanden hatte`) keeps the ground."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_ground_before_after_first_leg_en():
    facts = read(
        " date 2012-05-21 Napoli won the cup on Sunday. Their Champions League run, all the way "
        "to a last-16 tie with Chelsea, ended in extra time at Stamford Bridge after Napoli had "
        "won the first leg 3-1."
    )
    assert ("chelsea", "napoli", (1, 3)) not in pairs(facts)


def test_ground_before_nachdem_hinspiel_de():
    facts = read(
        " date 2012-05-21 Neapel hat am Sonntag den Pokal gewonnen. In der Champions League kam "
        "das Aus erst in der Verlängerung an der Stamford Bridge, nachdem Neapel das Hinspiel "
        "gegen den FC Chelsea 3:1 gewonnen hatte."
    )
    assert ("chelsea", "napoli", (1, 3)) not in pairs(facts)


def test_ground_before_nachdem_state_of_the_match_de():
    facts = read(
        " date 2024-06-03 Servette ist Cupsieger. Die Genfer gewannen am Sonntag im Berner "
        "Wankdorf den Final gegen den FC Lugano im Penaltyschiessen, nachdem es auch nach 120 "
        "Minuten 0:0 gestanden hatte."
    )
    assert ("servette", "lugano", (0, 0)) in pairs(facts)
