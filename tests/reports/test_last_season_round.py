"""A round or competition named for last season (`die in der vergangenen Saison bis zum
Europa-League-Finale kein Spiel verloren hatte`, `had gone all the way to the Europa
League final last season`) is neither the round nor the competition of the match the
report is about."""

from tests.reports.helpers import read


def test_german_round_of_last_season_is_not_the_main_round():
    facts = read(
        " date 2025-04-02 Arminia Bielefeld hat am Dienstag in der Schüco-Arena Bayer "
        "Leverkusen mit 2:1 geschlagen, den Titelverteidiger, der in der vergangenen Saison "
        "bis zum Europa-League-Finale kein Pflichtspiel verloren hatte."
    )
    assert facts.matches
    assert all(m.stage != "final" for m in facts.matches)


def test_english_round_and_competition_of_last_season():
    facts = read(
        " date 2025-04-02 Arminia Bielefeld beat Bayer Leverkusen 2-1 at the Schüco-Arena on "
        "Tuesday. Leverkusen had gone all the way to the Europa League final last season "
        "without a defeat."
    )
    assert [(m.competition, m.stage) for m in facts.matches] == [(None, None)]
