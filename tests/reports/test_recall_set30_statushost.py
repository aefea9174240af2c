"""A result `at` a host told with a word for its standing before its name (`won 2-1 at
already-relegated Cardiff City`, as in set 30's Manchester City-West Ham round-up;
`beim bereits abgestiegenen SC Paderborn`): the host is still the home side. Sentences
written here."""

from __future__ import annotations

from tests.reports.helpers import pairs, read

_LEAD = "Liverpool beat Brighton 3-0 at Anfield on Sunday. "


def test_won_at_an_already_relegated_host_en():
    facts = read(_LEAD + "Aston Villa, sure of fifth place, won 3-1 at already-relegated Burnley.")
    assert ("burnley", "aston-villa", (1, 3)) in pairs(facts)


def test_lost_at_a_struggling_host_en():
    facts = read(_LEAD + "Aston Villa lost 2-0 at struggling Burnley.")
    assert ("burnley", "aston-villa", (2, 0)) in pairs(facts)


def test_at_home_to_a_struggling_side_keeps_the_subject_at_home_en():
    facts = read(_LEAD + "Aston Villa won 2-0 at home to struggling Burnley.")
    assert ("burnley", "aston-villa", (0, 2)) not in pairs(facts)


def test_beim_bereits_abgestiegenen_host_de():
    facts = read(
        "Der FC Liverpool schlug Brighton am Sonntag mit 3:0. Aston Villa gewann beim "
        "bereits abgestiegenen FC Burnley mit 3:1."
    )
    assert ("burnley", "aston-villa", (1, 3)) in pairs(facts)
