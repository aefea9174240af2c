"""`Ribéry (2,5) - lange unauffällig, dann das Tor zum 3:0`: a German grade in brackets (a
decimal between one and six) is no list of minutes; `(2., 5.)` still is."""

from tests.reports.helpers import read

BODY = (
    " date 2014-03-26 Der FC Bayern gewann am Dienstag bei Hertha BSC mit 3:1. Toni Kroos, "
    "Mario Götze und Franck Ribéry trafen für die Münchner, Adrián Ramos für Hertha.\n\n"
    "Die Noten: Ribéry (2,5) - lange unauffällig, dann das Tor zum 3:0. Kroos (2,0) - "
    "dirigierte das Spiel."
)


def test_a_grade_is_no_minute():
    minutes = {g.minute for m in read(BODY).matches for g in m.goals or ()}
    assert not minutes & {2, 5, 0}


def test_a_minute_list_in_brackets_still_is():
    facts = read(
        " date 2014-03-26 Der FC Bayern gewann am Dienstag bei Hertha BSC mit 2:0. Beide Tore "
        "erzielte Franck Ribéry (2., 5.)."
    )
    assert [g.minute for m in facts.matches for g in m.goals or ()] == [2, 5]
