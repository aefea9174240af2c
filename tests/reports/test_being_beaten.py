"""`before being beaten 4-0 at Stamford Bridge`, `after getting beaten 3-1`: a passive
loss told with `being`/`getting` is a defeat of the clause's subject, as `were beaten` is."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_being_beaten_is_a_loss():
    facts = read(
        " date 2007-02-26 Chelsea beat Arsenal 2-1 in the League Cup final on Sunday. Chelsea's"
        " route had included a semi-final against Wycombe Wanderers, who held them 1-1 at Adams"
        " Park in January before being beaten 4-0 at Stamford Bridge."
    )
    assert ("chelsea", "wycombe-wanderers", (4, 0)) in pairs(facts)


def test_getting_beaten_is_a_loss():
    facts = read(" date 2007-02-26 Everton ended the run after getting beaten 3-1 at Anfield.")
    assert pairs(facts) <= {("liverpool", "everton", (3, 1))}
