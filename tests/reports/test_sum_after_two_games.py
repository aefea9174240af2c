"""A score told as the state `nach zwei Spielen`/`after two legs` is a tie's sum, never a
match; Fröttmaning names Bayern's ground; a red card told back as its clause's subject
(`die frühe Rote Karte habe alles verändert`) sends no one off."""

import pytest

from tests.reports.helpers import match, read

SUMS = [
    " date 2009-04-15 Der FC Bayern München hat am Dienstagabend im Viertelfinal-Rückspiel "
    "der Champions League ein 1:1 gegen den FC Barcelona in der Allianz Arena erreicht. Im "
    "Achtelfinale hatten die Münchner Sporting Lissabon mit 5:0 in Lissabon und 7:1 im "
    "Rückspiel überrollt, das 12:1 nach zwei Spielen war ein Rekord.",
    " date 2009-04-15 Bayern München drew 1-1 with Barcelona at the Allianz Arena on "
    "Tuesday. In the last 16 they had beaten Sporting 5-0 in Lisbon and 7-1 at home, and the "
    "12-1 after two legs was a record.",
]


@pytest.mark.parametrize("text", SUMS)
def test_a_score_after_two_games_is_no_match(text):
    facts = read(text)
    assert all(set(m.score) != {12, 1} for m in facts.matches)


def test_frottmaning_is_bayerns_ground():
    text = (
        " date 2015-03-12 Was für ein Abend in Fröttmaning: Der FC Bayern hat Schachtar "
        "Donezk am Mittwoch im Achtelfinal-Rückspiel der Champions League mit 7:0 (2:0) "
        "aus der Arena geschossen."
    )
    assert match(read(text), "bayern-munich", "shakhtar").score == (7, 0)


@pytest.mark.parametrize(
    "text",
    [
        " date 2015-03-12 Der FC Bayern hat Schachtar Donezk am Mittwoch in der Allianz Arena "
        "mit 7:0 besiegt. Pep Guardiola wollte den Sieg nicht überbewerten, die frühe Rote "
        "Karte habe alles verändert.",
        " date 2015-03-12 Bayern München beat Shakhtar Donetsk 7-0 at the Allianz Arena on "
        "Wednesday. Pep Guardiola did not want to make too much of it: the early red card "
        "changed everything, he said.",
    ],
)
def test_a_card_told_back_sends_no_one_off(text):
    found = match(read(text), "bayern-munich", "shakhtar")
    assert all(d.player != "Pep Guardiola" for d in found.dismissals or [])
