"""Precision families for matches, ties and their details found on set 31, each in
sentences written for these tests (other teams, players and numbers than the set's)."""

from __future__ import annotations

import pytest

from tests.reports.helpers import pairs, read


@pytest.mark.parametrize(
    "text",
    [
        (
            " date 2012-07-02 Spanien ist Europameister. Die Mannschaft von Vicente del Bosque "
            "besiegte am Sonntagabend im EM-Finale in Kiew Italien mit 1:0 (0:0). Die Italiener, "
            "die in der Vorrunde schon einmal mit 1:1 gegen die Spanier gespielt hatten, standen "
            "tief. Eine erste Halbzeit ohne große Höhepunkte endete torlos. Nach dem Wechsel traf "
            "Torres."
        ),
        (
            " date 2012-07-02 Spain won the European Championship on Sunday, beating Italy 1-0 in "
            "Kiev. The Italians, who had drawn 1-1 with Spain in the group stage, sat deep. A "
            "first half without chances ended goalless. After the break Torres scored."
        ),
    ],
)
def test_a_goalless_half_is_not_a_goalless_match(text):
    facts = read(text)
    assert ("spain", "italy", (0, 0)) not in pairs(facts)
    assert ("spain", "italy", (1, 0)) in pairs(facts)


def test_a_one_off_final_won_in_extra_time_takes_no_later_shootout():
    facts = read(
        " date 2012-07-02 Spanien ist Europameister. Die Mannschaft von Vicente del Bosque "
        "besiegte am Sonntagabend im EM-Finale in Kiew Italien mit 2:1 (0:0, 1:1) nach "
        "Verlängerung. Schon das Halbfinale war ein Kraftakt gewesen. Gegen Portugal hatte "
        "Cristiano Ronaldo früh getroffen, Sergio Ramos glich aus. Nach 120 Minuten stand es "
        "1:1, im Elfmeterschießen setzten sich die Spanier mit 4:2 durch."
    )
    final = [m for m in facts.matches if {m.home, m.away} == {"spain", "italy"}]
    assert len(final) == 1
    assert final[0].score == (2, 1) and final[0].penalties is None and final[0].leg is None


@pytest.mark.parametrize(
    "text",
    [
        (
            " date 2005-10-09 Wien (dpa) - Die österreichische Nationalmannschaft hat am "
            "Samstagabend ihr WM-Qualifikationsspiel gegen Polen mit 2:3 (1:2) verloren. Maciej "
            "Zurawski traf zweimal für die Gäste. Er ist der erste Pole seit Grzegorz Lato im "
            "WM-Halbfinale 1974, dem gegen Österreich zwei Tore gelungen sind."
        ),
        (
            " date 2005-10-09 VIENNA (AP) — Poland beat Austria 3-2 in a World Cup qualifier in "
            "Vienna on Saturday. Maciej Zurawski scored twice, the first Pole to score twice "
            "against Austria since Grzegorz Lato in the 1974 World Cup semifinal."
        ),
    ],
)
def test_a_round_of_an_earlier_year_is_not_the_main_matchs_stage(text):
    facts = read(text)
    found = [m for m in facts.matches if m.score == (2, 3)]
    assert len(found) == 1 and found[0].stage != "semi-final"


def test_home_and_away_games_of_a_qualifying_group_are_no_tie():
    facts = read(
        " date 2005-10-09 Wien (dpa) - Die österreichische Nationalmannschaft hat am "
        "Samstagabend im Ernst-Happel-Stadion ihr WM-Qualifikationsspiel gegen Polen mit 2:3 "
        "(1:2) verloren. Maciej Zurawski traf zweimal für die Gäste. Das Hinspiel im März "
        "hatte Polen in Warschau mit 1:0 gewonnen. Wer "
        "am Ende Gruppensieger wird, fährt direkt zur WM, der Zweite muss in die Relegation."
    )
    assert facts.ties == []
    assert {m.stage for m in facts.matches} == {"group"}


def test_home_and_away_games_of_a_qualifying_group_in_english_are_no_tie():
    facts = read(
        " date 2005-10-09 VIENNA (AP) — Poland beat Austria 3-2 in a World Cup qualifier at "
        "the Ernst Happel Stadium on Saturday. Maciej Zurawski scored twice for the visitors. "
        "Poland had won the first leg 1-0 in Warsaw in March. The group winners qualify "
        "directly, the runners-up go into the playoffs."
    )
    assert facts.ties == []


def test_a_round_reached_before_a_comma_leaves_the_played_round_to_the_next_clause():
    facts = read(
        " date 2019-03-15 Frankfurt (dpa) - Eintracht Frankfurt hat am Donnerstagabend das "
        "Viertelfinale der Europa League erreicht, nach einem Achtelfinal-Rückspiel bei Inter "
        "Mailand, das die Hessen lange zu verlieren drohten. Das Spiel im "
        "Giuseppe-Meazza-Stadion endete 1:1 (0:1). Das Hinspiel in Frankfurt war 0:0 "
        "ausgegangen."
    )
    assert {m.stage for m in facts.matches} == {"round-of-16"}


def test_a_round_missed_and_the_next_one_named_by_the_verb_stay_apart():
    facts = read(
        " date 2019-05-03 Frankfurt (dpa) - Eintracht Frankfurt hat am Donnerstagabend im "
        "Halbfinal-Hinspiel der Europa League beim FC Chelsea 1:1 gespielt und damit das "
        "Endspiel noch nicht verpasst."
    )
    assert {m.stage for m in facts.matches} <= {"semi-final"}


@pytest.mark.parametrize(
    "text",
    [
        (
            " date 2019-11-11 SEATTLE (AP) — The Seattle Sounders spent most of the season "
            "looking like a team that might not make the playoffs. On Sunday night they finished "
            "as MLS champion. Nicolas Lodeiro scored twice as Seattle beat Toronto FC 3-1 in the "
            "MLS Cup final at CenturyLink Field. Toronto reached the final by beating Atlanta "
            "United 2-1 in overtime in the Eastern Conference final at Mercedes-Benz Stadium."
        ),
        (
            " date 2023-05-01 Leipzig (dpa) - RB Leipzig hat in der Bundesliga am Samstag gegen "
            "den FC Augsburg mit 3:2 gewonnen. Im Halbfinale des DFB-Pokals hatte sich Leipzig am "
            "Mittwoch mit 5:1 gegen den SC Freiburg durchgesetzt und das Finale erreicht."
        ),
    ],
)
def test_a_one_match_cup_round_won_by_a_score_is_a_match_not_a_tie(text):
    facts = read(text)
    assert facts.ties == []


_ROUND_AHEAD = (
    " date 2008-04-11 Madrid - Der FC Bayern München hat am Donnerstagabend das Halbfinale "
    "des UEFA-Pokals erreicht. Das Spiel beim FC Getafe endete 3:3 nach Verlängerung. Im "
    "Halbfinale treffen die Münchner nun auf Zenit St. Petersburg, das sich gegen Bayer "
    "Leverkusen durchgesetzt hat.",
    " date 2008-04-11 MADRID (AP) — Bayern Munich reached the UEFA Cup semifinals on "
    "Thursday, drawing 3-3 at Getafe after extra time. In the semifinals Bayern will face "
    "Zenit St. Petersburg, who knocked out Bayer Leverkusen.",
)


def test_the_round_ahead_is_not_the_round_of_a_tie_told_beside_it():
    for text in _ROUND_AHEAD:
        facts = read(text)
        zenit = [t for t in facts.ties if "zenit" in t.teams]
        assert len(zenit) == 1 and zenit[0].winner == "zenit"
        assert zenit[0].stage != "semi-final"


def test_a_score_the_match_itself_is_the_subject_of_is_told_home_first():
    facts = read(
        " date 2019-03-15 Frankfurt (dpa) - Eintracht Frankfurt hat am Donnerstagabend das "
        "Viertelfinale der Europa League erreicht, nach einem Achtelfinal-Rückspiel bei Inter "
        "Mailand, das die Hessen lange zu verlieren drohten. Das Spiel im "
        "Giuseppe-Meazza-Stadion endete 0:1 (0:1). Das Hinspiel in Frankfurt war 0:0 "
        "ausgegangen."
    )
    second = [m for m in facts.matches if m.home == "inter-milan"]
    assert [(m.away, m.score) for m in second] == [("eintracht-frankfurt", (0, 1))]
    assert [t.winner for t in facts.ties] == ["eintracht-frankfurt"]


def test_a_round_a_side_stands_in_far_after_the_verb_is_the_round_reached():
    facts = read(
        " date 2013-05-02 Madrid (dpa) - Der BVB verlor am Dienstagabend das "
        "Halbfinal-Rückspiel bei Real Madrid mit 0:2 (0:0) und steht nach dem 4:1 im Hinspiel "
        "mit einem Gesamtergebnis von 4:3 zum ersten Mal seit 1997 wieder im Endspiel der "
        "Königsklasse."
    )
    legs = {(m.home, m.away, m.score, m.leg, m.stage) for m in facts.matches}
    assert ("real-madrid", "borussia-dortmund", (2, 0), 2, "semi-final") in legs
    assert ("borussia-dortmund", "real-madrid", (4, 1), 1, "semi-final") in legs


@pytest.mark.parametrize(
    "text",
    [
        " date 2001-05-17 Dortmund (dpa) - Der FC Liverpool hat den UEFA-Pokal gewonnen. Im "
        "Finalrückspiel bei Deportivo Alavés gewannen die Engländer am Mittwochabend mit 3:1. "
        "Das Hinspiel an der Anfield Road hatten sie vor zwei Wochen mit 2:0 für sich "
        "entschieden, das Gesamtergebnis lautet damit 5:1.",
        " date 2001-05-17 LONDON (AP) — Liverpool won the UEFA Cup on Wednesday, beating "
        "Alaves 3-1 in the second leg of the final in Vitoria. The first leg at Anfield two "
        "weeks ago had ended 2-0, a 5-1 aggregate.",
    ],
)
def test_an_aggregate_beside_a_leg_naming_no_side_says_who_scored_what(text):
    facts = read(text)
    legs = {(m.home, m.away, m.score, m.leg) for m in facts.matches}
    assert ("liverpool", "alaves", (2, 0), 1) in legs
