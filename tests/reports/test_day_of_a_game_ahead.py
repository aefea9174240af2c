"""`Am Mittwoch steht in Amsterdam das Europa-League-Finale an`, `the final awaits on
Wednesday`: the day of a sentence telling a game to come is that game's, not the day of a
result told before it."""

from tests.reports.helpers import read


def test_german_day_of_a_final_ahead_dates_no_result():
    facts = read(
        " date 2013-05-12 Für Benfica war es eine bittere Woche. Schon am Wochenende hatte "
        "der Spitzenreiter zu Hause gegen Estoril nur 1:1 gespielt. Am Mittwoch steht in "
        "Amsterdam das Europa-League-Finale gegen den FC Chelsea an."
    )
    assert [m.date for m in facts.matches] == [None]


def test_english_day_of_a_final_ahead_dates_no_result():
    facts = read(
        " date 2013-05-12 It was a bitter week for Benfica. At the weekend the leaders had "
        "drawn 1-1 at home to Estoril. The Europa League final against Chelsea in Amsterdam "
        "awaits on Wednesday."
    )
    assert [m.date for m in facts.matches] == [None]
