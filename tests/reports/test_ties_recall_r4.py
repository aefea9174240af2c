"""Tie phrase families read wrongly on unseen reports, checked with sentences written
here: an active `had eliminated X 4-1 on aggregate` (the subject won), a verb joined
by `, and` after a list of beaten teams (the list's last team is no subject), and
a team's `elimination` told beside a league result (no tie at all)."""

from __future__ import annotations

from tests.reports.helpers import read, tie

OPENING = "Milan won the final 2-0 on Saturday. "


def test_an_active_eliminated_names_the_loser_as_object():
    facts = read(
        OPENING + "Juventus, beaten in the final for the third time, had eliminated "
        "Porto 4-1 on aggregate in the semifinals."
    )
    found = tie(facts, "juventus", "porto")
    assert found.aggregate == {"juventus": 4, "porto": 1}
    assert found.winner == "juventus"


def test_a_passive_eliminated_still_names_the_loser_as_subject():
    facts = read(OPENING + "Juventus were eliminated 4-1 on aggregate by Porto in the semifinals.")
    found = tie(facts, "juventus", "porto")
    assert found.aggregate == {"juventus": 1, "porto": 4}
    assert found.winner == "porto"


def test_a_verb_joined_by_and_shares_the_first_subject():
    facts = read(
        OPENING + "Lille also knocked out Ajax, the old champion, and Porto, and beat "
        "Celtic 3-1 on aggregate in the semifinals."
    )
    found = tie(facts, "lille", "celtic")
    assert found.aggregate == {"lille": 3, "celtic": 1}
    assert all("porto" not in t.teams or "celtic" not in t.teams for t in facts.ties)


def test_an_elimination_beside_a_league_result_states_no_tie():
    facts = read(
        OPENING + "Ajax's elimination came three days after a 2-1 home loss to PSV in the league."
    )
    assert all(set(t.teams) != {"ajax", "psv"} for t in facts.ties)
