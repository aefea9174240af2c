"""A bare scoreline set between commas in prose (`Saturday's at White Hart Lane,
Tottenham 4 Arsenal 5, belongs ...`) is a result with the home side named first."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_scoreline_between_commas_english():
    facts = read(
        " date 2010-02-01 Some derbies are remembered for the football. Sunday's at "
        "Goodison Park, Everton 3 Liverpool 4, will be remembered for the defending."
    )
    assert match(facts, "everton", "liverpool").score == (3, 4)


def test_scoreline_between_commas_german():
    facts = read(
        " date 2010-02-01 Das Derby vom Samstag, Schalke 04 1 Borussia Dortmund 3, wird "
        "in Gelsenkirchen lange nachwirken."
    )
    assert match(facts, "schalke-04", "borussia-dortmund").score == (1, 3)


def test_table_figures_between_commas_are_no_score():
    facts = read(
        " date 2010-02-01 With three games left the table reads, Chelsea 79 Arsenal 75, "
        "and nobody else is in it."
    )
    assert facts.matches == []
