"""Results of a tournament round-up told on their own days: `Zeitgleich besiegte Japan
in Doha Spanien mit 2:1` (the subject after the verb, a town between the teams), and a
later paragraph about a game of another day (`Am vergangenen Sonntag ... gegen
Spanien`) that must take neither the last pair's other side nor its goals."""

from __future__ import annotations

from tests.reports.helpers import match, pairs, read

LEAD = (
    " date 2022-12-02 Doha (dpa) - Die deutsche Nationalmannschaft ist bei der WM in Katar "
    "in der Vorrunde ausgeschieden. Am Donnerstagabend gewann das Team von Bundestrainer "
    "Hansi Flick in Al-Khor zwar mit 4:2 gegen Costa Rica, doch das reichte nicht. "
)


def test_the_team_right_after_an_inverted_verb_is_the_subject():
    facts = read(LEAD + "Zeitgleich besiegte Japan in Doha Spanien mit 2:1.")
    found = match(facts, "japan", "spain")
    assert (found.score, found.neutral, found.date) == ((2, 1), True, "2022-12-01")


def test_an_inverted_clause_opened_by_a_date_phrase():
    facts = read(LEAD + "Am Mittwoch schlug Marokko in Doha Kanada mit 2:1.")
    found = match(facts, "morocco", "canada")
    assert (found.score, found.date) == ((2, 1), "2022-11-30")


def test_a_noun_subject_before_the_verb_is_not_inverted():
    facts = read(LEAD + "Der Gruppensieger besiegte in Doha Spanien mit 2:1.")
    assert not any("spain" in (m.home, m.away) for m in facts.matches)


def test_a_result_of_another_day_is_not_the_last_pairs_rematch():
    facts = read(
        LEAD + "Zeitgleich besiegte Japan in Doha Spanien mit 2:1.\n\n"
        "Am vergangenen Sonntag hatte es in Al-Khor gegen Spanien ein 1:1 gegeben."
    )
    assert ("japan", "spain", (1, 1)) not in pairs(facts)
    assert ("spain", "japan", (1, 1)) not in pairs(facts)


def test_goals_of_another_day_stay_off_that_teams_match():
    facts = read(
        LEAD + "Zeitgleich besiegte Japan in Doha Spanien mit 2:1.\n\n"
        "Am vergangenen Sonntag schien in Al-Khor gegen Spanien die Wende zu gelingen. Nach "
        "dem Rückstand durch Alvaro Morata (62.) glich Niclas Füllkrug spät aus (83.). Dann "
        "traf Serge Gnabry in der Nachspielzeit zum 2:1-Sieg (90.+3)."
    )
    assert match(facts, "japan", "spain").goals is None
