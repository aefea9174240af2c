"""A ground told after a later leg and a span of days (`vor dem Rückspiel in einer Woche im
Emirates Stadium`, `the return leg in a week's time at the Emirates`) is that leg's ground,
not the home of the first leg the sentence reports (set 74, Östersund-Arsenal); so is a ground
right before the other leg it names (`steigt im Stadio San Paolo das Rückspiel`, set 76)."""

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


def test_ground_before_the_other_leg_named_after_it_de():
    facts = read(
        " date 2017-04-04 Am Mittwochabend steigt im Stadio San Paolo das Rückspiel im "
        "Halbfinale der Coppa Italia zwischen dem SSC Neapel und Juventus Turin: Das Hinspiel "
        "hatte Juventus mit 3:1 gewonnen."
    )
    assert ("napoli", "juventus", (1, 3)) not in pairs(facts)
