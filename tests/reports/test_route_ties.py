"""Ties of the road to a final told by their winner alone (set 34): `aus dem Wettbewerb
geworfen`, `setzte sich im Halbfinale gegen X durch`, `came through a play-off against X,
winning on penalties`; a side a team goes through *to* meet is no side it beat; and a
winner-only statement beside both legs takes how the legs decided the tie."""

from __future__ import annotations

from tests.reports.helpers import read, tie


def test_thrown_out_of_the_competition_names_the_winner():
    facts = read(
        " date 1997-05-22 Schalke gewann den UEFA-Pokal im Elfmeterschießen gegen Inter "
        "Mailand. Die Italiener hatten im Halbfinale den AS Monaco aus dem Wettbewerb geworfen."
    )
    assert tie(facts, "inter-milan", "monaco").winner == "inter-milan"


def test_a_separable_setzte_sich_durch_without_a_score_names_the_winner():
    facts = read(
        " date 1997-05-22 Schalke gewann den UEFA-Pokal im Elfmeterschießen gegen Inter "
        "Mailand. Im Halbfinale setzte sich Schalke gegen den CD Teneriffa durch."
    )
    assert tie(facts, "schalke-04", "tenerife").winner == "schalke-04"


def test_setzte_sich_durch_with_a_score_in_a_league_is_no_tie():
    facts = read(
        " date 2020-09-20 Bayern gewann am Freitag in der Bundesliga 8:0 gegen Schalke. "
        "Borussia Dortmund setzte sich am Samstag gegen den SC Freiburg mit 4:0 durch."
    )
    assert not facts.ties


def test_came_through_against_with_a_shootout_after_the_comma():
    facts = read(
        " date 1997-05-22 Schalke won the UEFA Cup on penalties against Inter Milan. Schalke "
        "had come through a semi-final against Tenerife, winning on penalties, before the final."
    )
    found = tie(facts, "schalke-04", "tenerife")
    assert (found.winner, found.decided_by) == ("schalke-04", "penalties")


def test_the_side_a_team_goes_through_to_meet_is_not_beaten():
    en = read(
        " date 2017-10-11 Mexico topped the group. Panama advanced to a two-game playoff "
        "against Australia on goal difference."
    )
    assert not en.ties
    de = read(
        " date 2017-10-11 Mexiko gewann die Gruppe. Panama zog in die Playoffs gegen "
        "Australien ein."
    )
    assert not de.ties


def test_a_winner_only_statement_beside_both_legs_is_won_on_aggregate():
    de = read(
        " date 2003-05-22 Porto gewann den UEFA-Pokal. Im Halbfinale hatte sich Celtic gegen "
        "Boavista durchgesetzt. Das Hinspiel in Glasgow endete 1:1, im Rückspiel in Porto "
        "gewann Celtic mit 1:0."
    )
    found = tie(de, "celtic", "boavista")
    assert (found.winner, found.decided_by) == ("celtic", "aggregate")
    en = read(
        " date 2003-05-22 Porto won the UEFA Cup. In the semi-finals Celtic knocked out "
        "Boavista. The first leg in Glasgow ended 1-1 and Celtic won the second leg 1-0 in "
        "Porto."
    )
    found = tie(en, "celtic", "boavista")
    assert (found.winner, found.decided_by) == ("celtic", "aggregate")


def test_a_qualifying_play_off_told_over_legs_keeps_a_tie_told_by_its_winner():
    en = read(
        " date 1993-11-18 Argentina beat Australia 1-0 in the second leg of their World Cup "
        "qualifying play-off in Buenos Aires on Wednesday, after a 1-1 draw in the first leg "
        "in Sydney. Australia had already come through a play-off against Canada, winning on "
        "penalties."
    )
    found = tie(en, "australia", "canada")
    assert (found.winner, found.decided_by) == ("australia", "penalties")
    de = read(
        " date 2003-11-20 Die Niederlande haben sich über die Relegation für die EM-Endrunde "
        "qualifiziert. Nach dem 0:1 im Hinspiel in Glasgow gewannen sie das Rückspiel in "
        "Amsterdam mit 6:0 gegen Schottland. Zuvor hatte sich Kroatien in der Relegation "
        "gegen Slowenien durchgesetzt."
    )
    assert tie(de, "croatia", "slovenia").winner == "croatia"
