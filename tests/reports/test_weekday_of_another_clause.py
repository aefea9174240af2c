"""`reichte ... am Mittwochabend ein 2:2, nachdem sie das Hinspiel vor einer Woche mit 3:1
gewonnen hatten`: the weekday belongs to the clause it stands in; a score whose own clause
puts it a week back is not played on it."""

from tests.reports.helpers import read

_DE = (
    " date 2019-03-14 Der FC Porto steht im Viertelfinale. Im Achtelfinal-Rückspiel gegen AS "
    "Rom reichte den Portugiesen am Mittwochabend im Dragão ein 2:2 (1:0), nachdem sie das "
    "Hinspiel in Rom vor einer Woche mit 3:1 gewonnen hatten."
)
_EN = (
    " date 2019-03-14 LYON (AP) — Celtic are through to the quarterfinals. A 1-1 draw at Lyon "
    "was enough for the Scots on Wednesday night, after they had won the first leg 2-0 at "
    "home a week earlier."
)


def _dates(text):
    return {frozenset((m.home, m.away)): m.date for m in read(text).matches if m.leg == 1}


def test_german_week_back_score_takes_no_weekday():
    assert _dates(_DE).get(frozenset(("porto", "roma"))) != "2019-03-13"


def test_english_week_back_score_keeps_its_week():
    assert _dates(_EN).get(frozenset(("celtic", "lyon"))) == "2019-03-06"


def test_week_back_of_another_score_leaves_the_weekday():
    text = (
        " date 2019-03-15 PORTO (AP) — Porto reached the quarterfinals. Elsewhere on "
        "Thursday, Sevilla thrashed Lazio 4-0 at home to advance 5-1 on aggregate after a "
        "1-1 draw in Rome the previous week."
    )
    dated = {m.score: m.date for m in read(text).matches}
    assert dated.get((4, 0)) == "2019-03-14"
