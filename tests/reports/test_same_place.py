"""A result told `am selben Ort` / `at the same ground` as the one before was at home for
the side that hosted that one; not when that side does not play in it."""

from __future__ import annotations

from tests.reports.helpers import match, read

ARSENAL = "Arsenal beat Chelsea 2-0 at the Emirates Stadium on Sunday. "


def test_the_same_ground_is_the_last_hosts_home():
    facts = read(ARSENAL + "On Thursday, Arsenal beat Everton 1-0 at the same ground.")
    assert match(facts, "arsenal", "everton").score == (1, 0)


def test_am_selben_ort_in_german():
    facts = read(
        " date 2021-04-01 Duisburg (dpa) - Deutschland hat gegen Nordmazedonien verloren. "
        "Die Mannschaft von Joachim Löw unterlag am Mittwoch in Duisburg mit 1:2.\n\n"
        "Vor einer Woche hatte die Nationalmannschaft am selben Ort Island mit 3:0 besiegt."
    )
    assert match(facts, "germany", "iceland").score == (3, 0)


def test_the_same_ground_gives_no_home_to_two_other_teams():
    facts = read(ARSENAL + "On Thursday, Everton beat Fulham 1-0 at the same ground.")
    assert not any({m.home, m.away} == {"everton", "fulham"} for m in facts.matches)


def test_scorers_after_the_other_result_are_not_the_main_matchs():
    facts = read(
        " date 2021-04-01 Duisburg (dpa) - Deutschland hat in der WM-Qualifikation gegen "
        "Nordmazedonien verloren. Das Team von Joachim Löw verlor in Duisburg gegen den "
        "Außenseiter mit 1:2 (0:1).\n\nKurz vor der Pause traf Goran Pandev zur Führung für "
        "Nordmazedonien. In der 63. Minute glich Ilkay Gündogan per Foulelfmeter zum 1:1 aus. "
        "Danach drängte Deutschland auf den Sieg.\n\n"
        "Vor einer Woche hatte die Nationalmannschaft am selben Ort Island mit 3:0 besiegt, "
        "Leon Goretzka, Kai Havertz und Gündogan erzielten die Tore."
    )
    assert match(facts, "germany", "iceland").score == (3, 0)
    main = match(facts, "germany", "north-macedonia")
    assert "Kai Havertz" not in [g.player for g in main.goals or []]
