"""A ground told after a later leg and a span of days (`vor dem Rückspiel in einer Woche im
Emirates Stadium`, `the return leg in a week's time at the Emirates`) is that leg's ground,
not the home of the first leg the sentence reports (set 74, Östersund-Arsenal)."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_return_leg_in_a_weeks_time_at_a_ground_en():
    facts = read(
        " date 2018-02-16 Ostersund lost 3-0 to Arsenal on Thursday in the first leg of their "
        "Europa League round of 32 tie and have little hope before the return leg in a week's "
        "time at the Emirates Stadium. The Swedish side were outclassed."
    )
    assert ("arsenal", "ostersund", (3, 0)) not in pairs(facts)


def test_rueckspiel_in_einer_woche_im_stadion_de():
    facts = read(
        " date 2018-02-16 Der schwedische Klub Östersunds FK unterlag am Donnerstagabend im "
        "Hinspiel der Zwischenrunde der Europa League dem FC Arsenal mit 0:3 und hat vor dem "
        "Rückspiel in einer Woche im Emirates Stadium kaum noch Chancen."
    )
    assert ("arsenal", "ostersund", (3, 0)) not in pairs(facts)
