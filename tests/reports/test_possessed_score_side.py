"""A score owned by a possessive pronoun (`after their 2-1 win`) or done by the team
after `for` (`enough for X to go through 3-2`) is that team's, not its opponent's."""

from tests.reports.helpers import read, tie

_EN = (
    " date 2019-04-18 LONDON (AP) — Arsenal drew 1-1 with Napoli in the Europa League "
    "quarterfinal second leg on Thursday. The draw at the Emirates was enough for "
    "Napoli to go through 3-2 on aggregate after their 2-1 win in Naples last week."
)
_ITS = (
    " date 2019-04-19 LISBON (AP) — Benfica drew 2-2 with Eintracht Frankfurt in the Europa "
    "League quarterfinal second leg on Thursday. The draw was enough for Benfica to go "
    "through 6-4 on aggregate after its 4-2 win in Frankfurt last week."
)


def _first_leg_goals(facts, team: str, other: str) -> set[int]:
    """The goals `team` scored in the pair's matches other than a draw."""
    legs = [m for m in facts.matches if {m.home, m.away} == {team, other}]
    return {m.score[m.away == team] for m in legs if m.score[0] != m.score[1]}


def test_their_win_is_the_named_teams():
    assert _first_leg_goals(read(_EN), "napoli", "arsenal") == {2}


def test_for_team_to_go_through_is_the_winner():
    assert tie(read(_EN), "arsenal", "napoli").winner == "napoli"


def test_its_win_is_the_named_clubs():
    facts = read(_ITS)
    assert tie(facts, "benfica", "eintracht-frankfurt").winner == "benfica"
    assert _first_leg_goals(facts, "benfica", "eintracht-frankfurt") == {4}
