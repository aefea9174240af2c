"""A German clause whose subject is a team word (`Vor einer Woche hatte die
Nationalmannschaft ... Island mit 3:0 besiegt`) names only the opponent, as its object:
in a national team's story the result is that team's, and the object does not become the
story's subject for the sentences after it."""

from __future__ import annotations

from tests.reports.helpers import match, pairs, read

GERMANY = (
    " date 2021-04-01 Duisburg (dpa) - Deutschland hat in der WM-Qualifikation gegen "
    "Nordmazedonien verloren. Die Mannschaft von Joachim Löw unterlag am Mittwoch in "
    "Duisburg mit 1:2.\n\n"
)


def test_a_team_word_subject_makes_the_named_team_the_object():
    facts = read(
        GERMANY + "Vor einer Woche hatte die Nationalmannschaft zum Auftakt der Gruppe "
        "Island in Dortmund mit 3:0 besiegt."
    )
    assert match(facts, "germany", "iceland").score == (3, 0)
    assert ("iceland", "germany", (3, 0)) not in pairs(facts)


def test_the_object_does_not_become_the_story_subject():
    facts = read(
        GERMANY + "Vor einer Woche hatte die Nationalmannschaft Island in Dortmund mit 3:0 "
        "besiegt. Am Sonntag folgte in Bukarest ein 1:0-Sieg bei Rumänien."
    )
    found = match(facts, "romania", "germany")
    assert (found.score, found.date) == ((0, 1), "2021-03-28")


def test_a_club_story_leaves_a_team_word_result_out():
    facts = read(
        " date 2021-04-01 Hamburg (dpa) - Der FC St. Pauli hat gegen den Hamburger SV "
        "verloren. Die Mannschaft von Timo Schultz unterlag am Mittwoch mit 1:2.\n\n"
        "Vor einer Woche hatte die Mannschaft den 1. FC Nürnberg in Hamburg mit 3:0 besiegt."
    )
    assert not any("1-fc-nurnberg" in (m.home, m.away) for m in facts.matches)
    assert len(facts.matches) == 1


def test_a_second_team_in_the_sentence_leaves_the_side_open():
    facts = read(
        GERMANY + "Vor einer Woche hatte die Nationalmannschaft Island in Dortmund mit 3:0 "
        "besiegt, während Schweden spielfrei war."
    )
    assert not any("iceland" in (m.home, m.away) for m in facts.matches)
