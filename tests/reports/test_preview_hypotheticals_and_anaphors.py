"""A preview of a second leg: `ein erneutes 0:0 hieße Verlängerung` (`another 0-0 would mean
extra time`) is a score that might be, `Das torlose Remis wird ... gewertet` after `endete
0:0` names that first leg again, and `gewann die Mannschaft von Ottmar Hitzfeld das Hinspiel
bei Real Madrid` after a sentence about Bayern is Bayern's win, not the story's club's. A
held-out preview read a second leg still to come and gave Bayern's win to Valencia.
Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_a_score_that_would_mean_something_is_no_match() -> None:
    facts = read(
        " date 2001-05-07 Vor dem Rückspiel am Dienstag im Mestalla ist alles offen: Das "
        "Hinspiel an der Elland Road endete 1:1. Ein Sieg reicht Valencia, ein erneutes 1:1 "
        "hieße Verlängerung."
    )
    assert len(facts.matches) <= 1
    facts = read(
        " date 2001-05-07 Before Tuesday's second leg at the Mestalla, the first leg at Elland "
        "Road had ended 1-1. Another 1-1 would mean extra time."
    )
    assert len(facts.matches) <= 1


def test_the_goalless_draw_told_again_is_the_same_match() -> None:
    facts = read(
        " date 2001-05-07 Der FC Valencia will ins Finale der Champions League, Leeds United "
        "auch. Vor dem Halbfinal-Rückspiel am Dienstagabend im Mestalla ist die Lage offen: Das "
        "Hinspiel an der Elland Road endete am vergangenen Mittwoch 0:0.\n\nDas torlose Remis "
        "wird in Spanien als Vorteil für Valencia gewertet."
    )
    assert len(facts.matches) <= 1
    assert ("valencia", "leeds-united", (0, 0)) not in pairs(facts)


def test_a_coachs_side_after_a_sentence_about_a_third_club() -> None:
    facts = read(
        " date 2001-05-07 Der FC Valencia will ins Finale, Leeds United auch. Damals unterlag "
        "Valencia im Finale Real Madrid mit 0:3.\n\nDie Bayern haben im anderen Halbfinale "
        "vorgelegt. Am vergangenen Dienstag gewann die Mannschaft von Ottmar Hitzfeld das "
        "Hinspiel bei Titelverteidiger Real Madrid mit 1:0."
    )
    found = pairs(facts)
    assert ("real-madrid", "valencia", (0, 1)) not in found
    assert ("real-madrid", "bayern-munich", (0, 1)) in found
