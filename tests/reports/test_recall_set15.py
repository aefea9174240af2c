"""Results missed on unseen set 15, each a phrase family with sentences written for the
tests: shared grounds, `an der` before a ground, legs told in the pluperfect, and a
trailing shoot-out after two legs told in one sentence."""

import pytest

from tests.reports.helpers import match, read, tie


@pytest.mark.parametrize(
    "told",
    [
        " date 2024-04-19 Die Roma setzte sich gegen die AC Mailand durch: Nach dem 1:0 im "
        "Hinspiel in San Siro gewann die Roma auch das Rückspiel im Olimpico mit 2:1.",
        " date 2024-04-19 Roma knocked out AC Milan. After winning the first leg 1-0 at San "
        "Siro, Roma won the return match 2-1 at the Olimpico on Thursday.",
    ],
)
def test_a_shared_ground_told_of_the_game_names_the_club_of_the_pair(told):
    facts = read(told)
    assert match(facts, "ac-milan", "roma").score == (0, 1)
    assert match(facts, "roma", "ac-milan").score == (2, 1)
    assert tie(facts, "roma", "ac-milan").winner == "roma"


def test_a_shared_ground_where_fans_watched_is_not_the_finals():
    facts = read(
        " date 2022-05-26 Roma won the Europa Conference League on Wednesday, beating "
        "Feyenoord 1-0 in the final while thousands watched on giant screens at the Olimpico."
    )
    final = match(facts, "roma", "feyenoord")
    assert final.neutral is True


def test_a_ground_after_an_der_is_a_place():
    facts = read(
        " date 2024-04-19 Bayer Leverkusen kam am Donnerstag bei West Ham United zu einem 1:1. "
        "Im anderen Viertelfinale hatte Atalanta an der Anfield Road mit 3:0 gegen den FC "
        "Liverpool gewonnen."
    )
    assert match(facts, "liverpool", "atalanta").score == (0, 3)


@pytest.mark.parametrize(
    "told",
    [
        " date 2024-04-19 Bayer Leverkusen kam am Donnerstag bei West Ham United zu einem 1:1. "
        "Atalanta verlor zu Hause zwar mit 0:1 gegen den FC Liverpool, hatte aber an der "
        "Anfield Road mit 3:0 gewonnen.",
        " date 2024-04-19 Bayer Leverkusen drew 1-1 at West Ham on Thursday. Atalanta lost "
        "1-0 at home to Liverpool but had won 3-0 at Anfield.",
    ],
)
def test_a_leg_told_in_the_pluperfect_after_the_other_is_the_first(told):
    facts = read(told)
    assert match(facts, "liverpool", "atalanta").leg == 1
    assert match(facts, "atalanta", "liverpool").leg == 2


def test_a_trailing_shootout_after_both_legs_goes_to_the_second():
    facts = read(
        " date 2024-04-19 Olympique Marseille drehte das Duell mit Benfica Lissabon: Nach dem "
        "1:2 in Lissabon gewannen die Franzosen das Rückspiel mit 1:0, auch in der Verlängerung "
        "fiel kein Tor mehr, und im Elfmeterschießen behielt OM mit 4:2 die Nerven."
    )
    assert match(facts, "marseille", "benfica").penalties == (4, 2)
    found = tie(facts, "marseille", "benfica")
    assert (found.winner, found.decided_by) == ("marseille", "penalties")


def test_a_win_that_took_a_side_past_another_is_that_sides():
    facts = read(
        " date 2020-03-12 In Paris, Neymar and Juan Bernat scored in a 2-0 win at the Parc des "
        "Princes that took Paris Saint-Germain past Borussia Dortmund 3-2 on aggregate."
    )
    assert match(facts, "psg", "borussia-dortmund").score == (2, 0)


def test_a_date_beyond_a_score_not_read_is_not_the_read_results():
    facts = read(
        " date 2020-03-12 Liverpool were knocked out on Wednesday. In Paris, Neymar scored in a "
        "2-0 win at the Parc des Princes that took Paris Saint-Germain past Borussia Dortmund "
        "3-2 on aggregate after a 2-1 defeat in Germany last month."
    )
    assert match(facts, "psg", "borussia-dortmund").date != "2020-02"


def test_a_tie_with_no_competition_of_its_own_is_not_put_in_a_league():
    facts = read(
        " date 2020-03-12 Liverpool, the runaway Premier League leaders, were knocked out on "
        "Wednesday. Paris Saint-Germain beat Borussia Dortmund 3-2 on aggregate."
    )
    found = tie(facts, "psg", "borussia-dortmund")
    assert found.winner == "psg"
    assert found.competition != "Premier League"
