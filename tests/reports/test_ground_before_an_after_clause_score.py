"""The main score told in an `after` / `nachdem` clause (`will carry a deficit back to
Tannadice after IFK Gothenburg won the first leg 1-0`) takes no host from a ground named
before that clause: that is the later leg's (set 74, Gothenburg-Dundee United)."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_back_to_ground_after_first_leg_en():
    facts = read(
        " date 1987-05-07 Dundee United will carry a one-goal deficit back to Tannadice after "
        "IFK Gothenburg won the first leg of the UEFA Cup final 1-0 on Wednesday night. "
        "Pettersson scored the goal."
    )
    assert ("dundee-united", "ifk-goteborg", (0, 1)) not in pairs(facts)


def test_zurueck_nach_ground_nachdem_hinspiel_de():
    facts = read(
        " date 1987-05-07 Dundee United nimmt einen knappen Rückstand mit zurück nach "
        "Tannadice, nachdem IFK Göteborg das Hinspiel des UEFA-Cup-Finales am Mittwochabend "
        "mit 1:0 gewonnen hat. Pettersson traf."
    )
    assert ("dundee-united", "ifk-goteborg", (0, 1)) not in pairs(facts)
