"""`Zuerst traf X, dann ...`, `Initially X scored`: an adverb of order opening the sentence is
no scorer; the name after the verb is. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_zuerst_before_the_verb():
    facts = read(
        " date 2022-03-14 Der VfL Bochum hat am Sonntag beim SC Freiburg mit 2:1 gewonnen. "
        "Zuerst traf Sebastian Polter, dann verwandelte Gerrit Holtmann einen Foulelfmeter zum "
        "2:0. Erst in der Nachspielzeit gelang Nils Petersen der Anschlusstreffer."
    )
    scorers = {g.player for g in match(facts, "sc-freiburg", "vfl-bochum").goals}
    assert scorers == {"Sebastian Polter", "Gerrit Holtmann", "Nils Petersen"}


def test_initially_before_the_scorer():
    facts = read(
        " date 2022-03-14 Leeds beat Norwich 2-1 at Elland Road on Sunday. Initially Raphinha "
        "scored, then Joe Gelhardt made it 2-0. Teemu Pukki pulled one back in stoppage time."
    )
    scorers = {g.player for g in match(facts, "leeds-united", "norwich-city").goals or ()}
    assert "Initially" not in scorers
