"""`2019 stieg der Klub ab, ein Jahr später folgte nach der Relegation ... : 1:3 im Hinspiel`:
a result told after a year and `ein Jahr später` (`a year later`) is of the year after it;
two such phrases leave the season unknown. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read

_DE = (
    " date 2024-04-03 Der 1. FC Nürnberg hat am Dienstagabend im DFB-Pokal mit 2:1 gegen den "
    "Hamburger SV gewonnen. 2019 stieg der 1. FC Nürnberg aus der "
    "Bundesliga ab, ein Jahr später folgte fast der nächste Absturz, erst die Relegation gegen "
    "den FC Ingolstadt rettete ihn: 2:0 im Hinspiel in Nürnberg, 1:3 im Rückspiel in "
    "Ingolstadt."
)


def test_a_year_later_in_german():
    seasons = {m.season for m in read(_DE).matches if "fc-ingolstadt" in (m.home, m.away)}
    assert seasons == {"2019-20"}


def test_a_year_later_in_english():
    facts = read(
        " date 2024-04-03 Hamburg beat Nuremberg 2-1 at home in the German Cup on Tuesday. "
        "Hamburg went down in 2018, and a year "
        "later the relegation play-off brought more pain: they lost the first leg 0-1 at home "
        "to Hertha and won the second leg 2-0 in Berlin."
    )
    legs = [m for m in facts.matches if "hertha-bsc" in (m.home, m.away)]
    assert {m.season for m in legs} <= {"2018-19", None}
