"""Rounds told in other words: `in der Runde der letzten acht`, `in the last eight` is
the quarter-final (not `their last eight games`), and the legs told after its colon are
of it; `in Friday's semi-final draw` names the round to come, so a leg told in the next
sentence takes no stage from it. Texts written for these tests."""

from __future__ import annotations

from bot.reports.matches.cues import told_rounds
from tests.reports.helpers import match, read, tie


def test_the_last_eight_is_the_quarter_final_and_last_eight_games_no_round():
    assert told_rounds("Porto got past Lyon in the last eight: 1-1 away, 2-0 at home.")
    assert not told_rounds("Porto had won their last eight games.")


def test_german_legs_after_a_round_of_the_last_eight_are_its_legs():
    facts = read(
        " date 2004-05-06 Porto (dpa) - Der FC Porto steht im Finale der Champions League. "
        "Gegen Deportivo La Coruña reichte am Mittwochabend ein 1:0 im Rückspiel, das "
        "Hinspiel war torlos geendet. Porto hatte sich in der Runde der letzten acht gegen "
        "Olympique Lyon durchgesetzt: Einem 2:0 im Hinspiel in Porto folgte ein 2:2 in Lyon."
    )
    first = match(facts, "porto", "lyon")
    assert (first.score, first.stage) == ((2, 0), "quarter-final")


def test_a_round_drawn_next_is_no_stage_of_the_leg_told_after_it():
    facts = read(
        " date 2004-03-10 LONDON (AP) - Arsenal beat Celta Vigo 2-0 on Wednesday to reach "
        "the Champions League quarterfinals.\n\nChelsea are also in Friday's quarter-final "
        "draw after beating Stuttgart 2-1 at Stamford Bridge on Tuesday. The Londoners had "
        "drawn the first leg 1-1 in Germany and go through 3-2 on aggregate."
    )
    first = match(facts, "vfb-stuttgart", "chelsea")
    assert (first.score, first.leg, first.stage) == ((1, 1), 1, "round-of-16")


def test_a_tie_takes_the_round_of_the_clause_naming_its_other_side():
    en = read(
        " date 2004-05-27 GELSENKIRCHEN (AP) - Porto beat Monaco 3-0 in the Champions League "
        "final on Wednesday.\n\nPorto had reached the final by knocking out Deportivo La "
        "Coruna in the semi-finals, having overturned a first-leg deficit against Lyon in the "
        "quarter-finals."
    )
    de = read(
        " date 2004-05-27 Gelsenkirchen (dpa) - Der FC Porto hat am Mittwoch das Finale der "
        "Champions League gegen AS Monaco mit 3:0 gewonnen.\n\nPorto hatte im Halbfinale "
        "Deportivo La Coruña ausgeschaltet, im Viertelfinale hatte es Olympique Lyon bezwungen."
    )
    for facts in (en, de):
        assert tie(facts, "porto", "deportivo-la-coruna").stage == "semi-final"
