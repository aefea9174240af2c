"""A league matchday's report that looks back on earlier seasons: `Relegation` told of
them (`hatte sich zweimal in der Relegation gerettet`) is no stage of the matchday's game,
and extra time of a game `ein Jahr später` is not its extra time."""

from tests.reports.helpers import match, read

_DE = (
    " date 2018-05-13 Die Stadionuhr im Volksparkstadion ist stehen geblieben, seit Samstag "
    "zeigt sie nichts mehr an. Der Hamburger SV ist zum ersten Mal aus der Bundesliga "
    "abgestiegen, und das Bittere an diesem letzten Spieltag war, dass der HSV ihn gewonnen "
    "hat. 3:1 gegen Werder Bremen, ein ordentliches Spiel sogar. Zweimal hatte sich der Klub "
    "in der Relegation gerettet. Ein Jahr später lag der HSV in Fürth schon hinten, ehe "
    "Pierre-Michel Lasogga in der Verlängerung den 3:1-Sieg erzielte."
)
_EN = (
    " date 2018-05-14 Stoke City went down on the final day of the season despite a win. "
    "Stoke beat Swansea City 3-1 at home, a decent game. Twice before the club had survived "
    "through the relegation play-offs. A year later Stoke won 3-1 after extra time at "
    "Wigan to stay up."
)


def test_german_history_sets_no_stage_nor_extra_time():
    found = match(read(_DE), "hamburger-sv", "werder-bremen")
    assert found.stage != "relegation-play-off"
    assert found.extra_time is not True


def test_english_history_sets_no_stage_nor_extra_time():
    found = [m for m in read(_EN).matches if m.score == (3, 1) and "swansea" in m.away]
    assert all(m.stage != "relegation-play-off" and m.extra_time is not True for m in found)
