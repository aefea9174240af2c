"""Wrong facts found on unseen set 16 (first read P=0.84), each a phrase family with
sentences written for the tests."""

import pytest

from tests.reports.helpers import match, read, tie


@pytest.mark.parametrize(
    "told",
    [
        " date 2022-04-15 Eintracht Frankfurt gewann am Donnerstagabend das Viertelfinal-Rückspiel "
        "der Europa League beim FC Barcelona mit 3:2 (2:0). Das Gesamtergebnis lautet damit "
        "4:3 für die Eintracht.",
        " date 2022-04-15 Eintracht Frankfurt won 3-2 at Barcelona on Thursday in the Europa "
        "League quarterfinals. The aggregate finished 4-3 to Frankfurt.",
    ],
)
def test_an_aggregate_told_for_a_side_is_that_sides(told):
    found = tie(read(told), "barcelona", "eintracht-frankfurt")
    assert found.aggregate == {"eintracht-frankfurt": 4, "barcelona": 3}
    assert found.winner == "eintracht-frankfurt"


def test_a_label_lines_aggregate_goes_to_the_side_that_went_through():
    facts = read(
        " date 2023-03-08 Champions League, Achtelfinale, Rückspiel\n\nFC Chelsea – Borussia "
        "Dortmund 2:0 (1:0)\n\nHinspiel: 0:1\nGesamtergebnis: 2:1 – Chelsea erreicht das "
        "Viertelfinale\n"
    )
    found = tie(facts, "chelsea", "borussia-dortmund")
    assert (found.winner, found.aggregate) == ("chelsea", {"chelsea": 2, "borussia-dortmund": 1})


def test_a_best_of_three_series_has_no_legs_and_no_aggregate():
    facts = read(
        " date 2024-11-10 FORT LAUDERDALE, Fla. (AP) — Atlanta United beat Inter Miami 3-2 on "
        "Saturday night at Chase Stadium to win their best-of-three series two games to one. "
        "Game 2 in Atlanta had ended 2-2 before Atlanta won on penalties."
    )
    assert all(m.leg is None for m in facts.matches)
    assert not [t for t in facts.ties if t.aggregate]


def test_a_tournament_still_to_come_is_not_the_matchs_and_wembley_is_englands():
    facts = read(
        " date 2022-09-27 Was für ein Abend im Wembley-Stadion: Die deutsche Nationalmannschaft "
        "hat in ihrem letzten Pflichtspiel vor der WM in Katar eine 2:0-Führung verspielt und "
        "sich am Montagabend 3:3 (0:0) von England getrennt. In der Nations League kassierte "
        "das Team damit im sechsten Gruppenspiel ein Gegentor."
    )
    found = match(facts, "england", "germany")
    assert (found.score, found.neutral) == ((3, 3), False)
    assert found.competition == "UEFA Nations League"


def test_his_second_goal_is_the_last_scorers_not_the_last_names():
    facts = read(
        " date 2022-05-23 AC Milan won 3-0 at Sassuolo on Sunday. Olivier Giroud scored twice "
        "in a quarter of an hour. His first came in the 17th minute, a close-range finish after "
        "Rafael Leao had torn down the left, and his second followed in the 32nd. Four minutes "
        "later Franck Kessie turned in the third."
    )
    goals = match(facts, "sassuolo", "ac-milan").goals
    assert [(g.player, g.minute) for g in goals] == [
        ("Olivier Giroud", 17),
        ("Olivier Giroud", 32),
        ("Franck Kessie", 36),
    ]


@pytest.mark.parametrize(
    "told",
    [
        " date 2022-05-23 AC Milan won the league with a 3-0 win at Sassuolo on Sunday, in "
        "what was one of Kessie's final games for the club. Serie A ends its season here.",
        " date 2022-05-15 Ajax won the Dutch title on Sunday, beating Heerenveen 5-0 at home "
        "in the Eredivisie.",
    ],
)
def test_a_league_title_or_a_players_final_games_make_no_final(told):
    assert all(m.stage != "final" for m in read(told).matches)


def test_a_final_led_into_is_the_round_after_the_one_played():
    facts = read(
        " date 2023-05-19 On Thursday Mendilibar led Sevilla into a seventh Europa League "
        "final. Sevilla beat Juventus 2-1 after extra time at the Ramon Sanchez-Pizjuan."
    )
    assert match(facts, "sevilla", "juventus").stage == "semi-final"


def test_a_common_word_opening_a_sentence_is_no_scorer():
    facts = read(
        " date 2023-05-19 Sevilla beat Juventus 2-1 after extra time at home on Thursday. "
        "Extra time needed only five minutes to produce its decisive moment."
    )
    goals = match(facts, "sevilla", "juventus").goals or []
    assert "Extra" not in [g.player for g in goals]


@pytest.mark.parametrize(
    "told",
    [
        " date 2022-04-15 Eintracht Frankfurt gewann am Donnerstagabend beim FC Barcelona mit "
        "3:2. Auch RB Leipzig ist noch dabei: Die Sachsen setzten sich bei Atalanta Bergamo mit "
        "2:0 durch. Das Hinspiel in Leipzig war ebenfalls 1:1 ausgegangen.",
        " date 2022-04-15 Eintracht Frankfurt won 3-2 at Barcelona on Thursday. RB Leipzig are "
        "also through after winning 2-0 at Atalanta. The first leg in Leipzig had ended 1-1.",
    ],
)
def test_a_leg_at_a_ground_of_the_pair_just_read_is_that_pairs(told):
    facts = read(told)
    first = match(facts, "rb-leipzig", "atalanta")
    assert (first.score, first.leg) == ((1, 1), 1)
    assert tie(facts, "rb-leipzig", "atalanta").aggregate == {"rb-leipzig": 3, "atalanta": 1}
    assert not [m for m in facts.matches if m.score == (1, 1) and "barcelona" in (m.home, m.away)]


def test_the_round_a_side_stands_in_after_a_first_leg_score_is_reached_not_played():
    facts = read(
        " date 2022-04-15 Eintracht Frankfurt gewann am Donnerstagabend das Viertelfinal-"
        "Rückspiel der Europa League beim FC Barcelona mit 3:2 und steht nach dem 1:1 im "
        "Hinspiel im Halbfinale."
    )
    first = match(facts, "eintracht-frankfurt", "barcelona")
    assert (first.score, first.leg, first.stage) == ((1, 1), 1, "quarter-final")
