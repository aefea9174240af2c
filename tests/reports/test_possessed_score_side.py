"""A score owned by a possessive pronoun (`after their 2-1 win`) or done by the team
after `for` (`enough for X to go through 3-2`) is that team's, not its opponent's."""

from tests.reports.helpers import read, tie

_EN = (
    " date 2019-04-18 LONDON (AP) — Arsenal drew 1-1 with Napoli in the Europa League "
    "quarterfinal second leg on Thursday. The draw at the Emirates was enough for "
    "Napoli to go through 3-2 on aggregate after their 2-1 win in Naples last week."
)


def test_their_win_is_the_named_teams():
    facts = read(_EN)
    won = {
        m.score[0] if m.home == "napoli" else m.score[1]
        for m in facts.matches
        if {m.home, m.away} == {"napoli", "arsenal"} and m.score != (1, 1)
    }
    assert won == {2}


def test_for_team_to_go_through_is_the_winner():
    facts = read(_EN)
    assert tie(facts, "arsenal", "napoli").winner == "napoli"


def test_its_win_is_the_named_clubs():
    text = (
        " date 2019-04-19 LISBON (AP) — Benfica drew 2-2 with Eintracht Frankfurt in the Europa "
        "League quarterfinal second leg on Thursday. The draw was enough for Benfica to go "
        "through 6-4 on aggregate after its 4-2 win in Frankfurt last week."
    )
    facts = read(text)
    assert tie(facts, "benfica", "eintracht-frankfurt").winner == "benfica"
    won = {
        m.score[0] if m.home == "benfica" else m.score[1]
        for m in facts.matches
        if {m.home, m.away} == {"benfica", "eintracht-frankfurt"} and m.score != (2, 2)
    }
    assert won == {4}
