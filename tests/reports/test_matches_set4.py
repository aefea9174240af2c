"""Phrase families the matches reader missed on the fourth dev set, each checked with
sentences written here: a final draw told as `zum 1:1 (0:0)` with the levelling goal,
the half-time score in parentheses."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_levelling_goal_to_final_draw_with_halftime_is_a_result():
    away_scorer = read(
        " date 2019-10-05 Köln – Der Herthaner Vedad Ibisevic köpfte kurz vor Schluss zum "
        "1:1 (0:1) beim 1. FC Köln ein und rettete Hertha BSC einen Punkt."
    )
    assert pairs(away_scorer) == {("fc-koln", "hertha-bsc", (1, 1))}
    home_scorer = read(
        " date 2018-04-08 Bremen – Max Kruse traf in der Nachspielzeit zum 2:2 (0:1) für "
        "Werder Bremen gegen den VfB Stuttgart. Die Zuschauer jubelten lange."
    )
    assert pairs(home_scorer) == {("werder-bremen", "vfb-stuttgart", (2, 2))}


def test_decided_or_running_score_after_zum_stays_unread():
    decided = read(
        " date 2019-10-05 Vedad Ibisevic köpfte in der 89. Minute zum 1:2 (0:1) für Hertha "
        "BSC beim 1. FC Köln ein. Die Gäste jubelten."
    )
    assert pairs(decided) == set()
    with_minute = read(
        " date 2018-04-08 Bremen – Max Kruse traf zum 1:1 (23.) für Werder Bremen gegen den "
        "VfB Stuttgart. Danach wurde es ruhig."
    )
    assert pairs(with_minute) == set()
    same = read(
        " date 2018-04-08 Bremen – Max Kruse traf zum 1:1 (1:1) für Werder Bremen gegen den "
        "VfB Stuttgart. Danach wurde es ruhig."
    )
    assert pairs(same) == set()


def test_result_belongs_to_the_dative_after_reichte_or_gelang():
    won = read(
        " date 2015-03-11 Dortmund – Trotz einer 0:1 (0:0)-Heimniederlage gegen den FC Porto "
        "steht Borussia Dortmund im Viertelfinale der Champions League. Dank des 2:0-Sieges im "
        "Hinspiel in Porto reichte dem BV Borussia Dortmund das knappe Ergebnis."
    )
    first_leg = {m.score for m in won.matches if m.leg == 1 and m.home == "porto"}
    assert first_leg == {(0, 2)}
    lost = read(
        " date 2015-03-11 Dortmund – Trotz einer 0:1 (0:0)-Heimniederlage gegen den FC Porto "
        "steht Borussia Dortmund im Viertelfinale der Champions League. Trotz der 0:2-Niederlage "
        "im Hinspiel in Porto gelang dem FC Porto damit fast noch die Wende."
    )
    first_leg = {m.score for m in lost.matches if m.leg == 1 and m.home == "porto"}
    assert first_leg == {(0, 2)}
