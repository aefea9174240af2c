"""`beat visiting New York City FC 3-1`: the team after `visiting` was the guest, so the
subject was at home (but `Chelsea, visiting Arsenal, won` is a verb: Arsenal hosted);
`the East final` is a conference final, a round whose stage is not known."""

from __future__ import annotations

from tests.reports.helpers import match, pairs, read


def test_the_team_after_visiting_was_the_guest():
    facts = read("Philadelphia Union beat visiting New York City FC 3-1 in the East final.")
    found = match(facts, "philadelphia-union", "nycfc")
    assert (found.score, found.stage) == ((3, 1), None)


def test_a_draw_with_visiting_guests():
    facts = read("Arsenal drew with visiting Chelsea 1-1 on Sunday.")
    assert pairs(facts) == {("arsenal", "chelsea", (1, 1))}


def test_visiting_as_a_verb_gives_no_home_side():
    assert read("Chelsea, visiting Arsenal on Sunday, won 2-1.").matches == []


def test_a_plain_final_keeps_its_stage():
    facts = read("Real Madrid beat Liverpool 1-0 in the final in Paris.")
    assert match(facts, "real-madrid", "liverpool").stage == "final"
