"""A named group (`in Group C`, `in der Gruppe F`) tells a group game; a side's standing
in a group (`the Group D winners`) in a knockout report tells none."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_lead_in_named_group_de():
    facts = read(
        " date 2013-10-23 Dortmund – Borussia Dortmund bleibt in der Gruppe F der Champions"
        " League im Rennen. Am Dienstagabend schlug die Mannschaft von Jürgen Klopp im"
        " Westfalenstadion den SSC Neapel mit 3:1 (1:0)."
    )
    assert match(facts, "borussia-dortmund", "napoli").stage == "group"


def test_lead_in_named_group_en():
    facts = read(
        " date 2016-10-20 Arsenal beat Ludogorets 6-0 at the Emirates Stadium on Wednesday"
        " in Group A of the Champions League."
    )
    assert match(facts, "arsenal", "ludogorets").stage == "group"


def test_group_winners_in_a_knockout_tie_is_no_group_game():
    facts = read(
        " date 2016-03-10 Wolfsburg, the Group B winners, beat Gent 1-0 at home on Tuesday"
        " in the last 16 of the Champions League."
    )
    assert match(facts, "vfl-wolfsburg", "gent").stage == "round-of-16"


def test_finished_top_in_a_named_group_is_a_standing():
    facts = read(
        " date 2016-03-10 Wolfsburg, who finished top in Group B, beat Gent 1-0 at home on"
        " Tuesday in the Champions League."
    )
    assert match(facts, "vfl-wolfsburg", "gent").stage is None


def test_game_of_a_named_group_in_a_semi_final_report_de():
    facts = read(
        " date 2004-06-30 Porto – Portugal steht im EM-Finale. Die Portugiesen schlugen am"
        " Mittwochabend im Halbfinale die Niederlande mit 2:1. Portugal hatte das"
        " Eröffnungsspiel der Gruppe A gegen Griechenland mit 1:2 verloren."
    )
    assert match(facts, "portugal", "netherlands").stage == "semi-final"
    assert match(facts, "portugal", "greece").stage == "group"


def test_game_of_a_named_group_in_a_semi_final_report_en():
    facts = read(
        " date 2004-06-30 Portugal reached the final of Euro 2004 on Wednesday, beating the"
        " Netherlands 2-1 in the semi-final in Lisbon. Greece had won the opening game of"
        " Group A 2-1 against Portugal."
    )
    assert match(facts, "portugal", "netherlands").stage == "semi-final"
    assert match(facts, "portugal", "greece").stage == "group"  # the hosts' home game


def test_second_of_a_named_group_is_a_standing_still():
    facts = read(
        " date 2004-06-30 Portugal reached the final of Euro 2004 on Wednesday, beating the"
        " Netherlands 2-1 in the semi-final. The Dutch, second of Group D, had beaten Sweden"
        " on penalties in the quarter-final."
    )
    assert match(facts, "portugal", "netherlands").stage == "semi-final"
