"""Cups whose every round is one match (the Scottish Cup, the Coupe de France, the KNVB
Cup ...) have no two-legged ties: a semi-final won on penalties is a match, not a tie;
a cup with two-legged semi-finals (Copa del Rey) still has one."""

from __future__ import annotations

from tests.reports.helpers import read


def test_a_scottish_cup_semi_final_is_no_tie():
    facts = read(
        "Hibernian beat Rangers 3-2 in the Scottish Cup final at Hampden Park on Saturday. "
        "Rangers had reached the final by beating Celtic on penalties in the semi-final."
    )
    assert not any(set(t.teams) == {"rangers", "celtic"} for t in facts.ties)


def test_a_copa_del_rey_semi_final_is_a_tie():
    facts = read(
        "Valencia beat Barcelona 2-1 in the Copa del Rey final in Seville on Saturday. "
        "Valencia had reached the final by beating Real Betis on penalties in the semi-final."
    )
    assert any(set(t.teams) == {"valencia", "real-betis"} for t in facts.ties)
