"""A result told with its subject and a club's own ground right after the score, with
no opponent named, was against that ground's club (set 35, `In the quarterfinals,
Redknapp's team won 1-0 at Old Trafford`); a described side after a comma opens its
clause (no preposition before it)."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_a_coachs_team_won_at_a_clubs_ground_en():
    facts = read(
        " date 2008-05-18 Portsmouth won the FA Cup on Saturday, beating Cardiff City 1-0 at "
        "Wembley. Portsmouth manager Harry Redknapp was delighted. In the quarterfinals, "
        "Redknapp's team had won 1-0 at Old Trafford."
    )
    assert match(facts, "manchester-united", "portsmouth").score == (0, 1)


def test_a_side_won_at_a_clubs_ground_de():
    facts = read(
        " date 2024-02-20 Leverkusen bleibt Tabellenführer der Bundesliga. Im "
        "Pokal-Viertelfinale siegte Bayer Leverkusen 2:0 im Signal Iduna Park."
    )
    assert match(facts, "borussia-dortmund", "bayer-leverkusen").score == (0, 2)


def test_a_final_at_a_clubs_ground_names_no_opponent():
    facts = read(
        " date 2024-02-20 Leverkusen won the cup on Saturday. In the final Bayer Leverkusen "
        "won 2-0 at Signal Iduna Park."
    )
    assert not [m for m in facts.matches if "borussia-dortmund" in (m.home, m.away)]
