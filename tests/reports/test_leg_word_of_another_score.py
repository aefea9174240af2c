"""`Der FC Barcelona machte ein 0:4 aus dem Hinspiel wett und gewann mit 6:1`: the first-leg
word belongs to the 0:4 it follows, so the 6:1 of the same sentence is the second leg."""

from __future__ import annotations

from tests.reports.helpers import read

OPENING = " date 2012-03-15 London – Chelsea steht im Viertelfinale der Champions League. "


def test_german_deficit_from_the_first_leg():
    facts = read(
        OPENING + "Der FC Chelsea machte gegen den SSC Neapel ein 1:3 aus dem Hinspiel wett "
        "und gewann an der Stamford Bridge mit 4:1."
    )
    found = [m for m in facts.matches if m.score == (4, 1)]
    assert found and found[0].leg in (None, 2)
