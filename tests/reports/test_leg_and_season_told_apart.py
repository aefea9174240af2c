"""A leg word nearer a result no reading holds is that result's (`Nach einer
1:2-Niederlage in London schoss Carew die Spanier im Rückspiel mit dem 1:0 weiter`: the
1:2 is no return); and a `Damals` result after a sentence of the year before (`das
Finale von Paris im Mai des vergangenen Jahres. Damals unterlag Valencia ...`) is of that
season. Met on set 80's Valencia-Leeds preview; sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read


def test_leg_word_of_an_unread_result_de():
    facts = read(
        " date 2019-04-20 Der FC Porto wiederum setzte sich in der Runde der letzten acht "
        "gegen den FC Liverpool durch. Nach einer 1:2-Niederlage in Liverpool schoss Moussa "
        "Marega die Portugiesen im Rückspiel mit dem 1:0 weiter."
    )
    lost = [m for m in facts.matches if m.score == (2, 1) and m.home == "liverpool"]
    assert lost and all(m.leg != 2 for m in lost)


def test_damals_after_last_years_final_de():
    facts = read(
        " date 2019-05-07 Der FC Valencia will erneut ins Finale der Champions League. In "
        "Valencia ist die Erinnerung an das Finale von Paris im Mai des vergangenen Jahres "
        "noch frisch. Damals unterlag Valencia Real Madrid mit 0:3."
    )
    final = [m for m in facts.matches if set((m.home, m.away)) == {"valencia", "real-madrid"}]
    assert final and all(m.season in (None, "2017-18") for m in final)
