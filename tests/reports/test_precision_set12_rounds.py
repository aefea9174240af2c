"""A sentence telling another result of the same pair (`the 3-0 defeat in the League
Cup final`) names that result's round, not the main match's; a leg or a shoot-out told
beside its score stays the main match's round."""

from __future__ import annotations

from bot.reports.matches.otherscore import tells_other_score
from tests.reports.helpers import read


def stages(text: str, score: tuple[int, int]) -> list[str | None]:
    return [m.stage for m in read(text).matches if m.score == score]


def test_an_earlier_cup_final_of_the_pair_is_not_the_league_games_round_en():
    found = stages(
        " date 2019-12-30 LONDON — Arsenal beat Chelsea 2-1 at the Emirates on Sunday in the "
        "Premier League.\n\nIt was a result that turned the 3-0 defeat in the League Cup "
        "final last month on its head.",
        (2, 1),
    )
    assert found == ["league"]


def test_an_earlier_cup_final_of_the_pair_is_not_the_main_matchs_round_de():
    found = stages(
        " date 2024-03-10 München (dpa) - Der FC Bayern hat den VfB Stuttgart in der "
        "Allianz Arena mit 2:1 besiegt.\n\nDamit revanchierten sich die Münchner für das "
        "0:3 im Pokalfinale.",
        (2, 1),
    )
    assert found and "final" not in found


def test_a_leg_or_a_shoot_out_beside_its_score_is_the_same_ties():
    assert not tells_other_score("Das Hinspiel hatte Kiel mit 2:0 gewonnen.", (1, 3))
    assert not tells_other_score("Im Finale siegte Mainz mit 4:2 im Elfmeterschießen.", (1, 1))
    assert not tells_other_score("Im Finale stand es 1:1, am Ende hieß es 1:1.", (1, 1))
    assert tells_other_score("It avenged the 3-0 defeat in the final.", (2, 1))


def test_the_final_a_side_moves_into_in_das_is_not_the_first_legs_round():
    facts = read(
        " date 2024-05-08 Paris (dpa) - Borussia Dortmund steht im Finale der Champions "
        "League. Im Halbfinal-Rückspiel bei Paris Saint-Germain gewann der BVB am "
        "Dienstagabend mit 1:0. Nach dem 1:0 im Hinspiel in Dortmund zieht der BVB mit einem "
        "Gesamtergebnis von 2:0 in das Endspiel in London ein."
    )
    assert {(m.leg, m.stage) for m in facts.matches} == {(1, "semi-final"), (2, "semi-final")}
