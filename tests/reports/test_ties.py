"""Ties: stated aggregates in both languages, how they were decided, ties named only
by their winner, and aggregates computed from two legs (marked inferred)."""

from __future__ import annotations

from tests.reports.helpers import read, tie


def test_won_on_aggregate_in_english():
    facts = read(
        " date 2025-04-10 FORT LAUDERDALE, Fla. — Messi scored twice to lift Inter Miami past "
        "LAFC 3-1 on Wednesday night and a 3-2 aggregate win in the series. Inter Miami lost "
        "the series opener at LAFC 1-0."
    )
    t = tie(facts, "inter-miami", "lafc")
    assert t.aggregate == {"inter-miami": 3, "lafc": 2}
    assert (t.winner, t.decided_by) == ("inter-miami", "aggregate")


def test_level_aggregate_on_away_goals_in_a_glance_line():
    facts = read(
        " date 2019-03-07 Home teams listed first\nWednesday, March 6\nParis Saint-Germain 1, "
        "Manchester United 3, 3-3 aggregate, Manchester United advanced on away goals\n"
    )
    t = tie(facts, "psg", "manchester-united")
    assert t.aggregate == {"psg": 3, "manchester-united": 3}
    assert (t.winner, t.decided_by) == ("manchester-united", "away_goals")


def test_gesamtergebnis_and_shootout_in_german():
    facts = read(
        " date 2024-04-18 Manchester City – Real Madrid 1:1 n.V. (1:1, 1:0), 3:4 i.E.\n\n"
        "Das Gesamtergebnis lautete damit 4:4, im Elfmeterschießen setzte sich Real Madrid "
        "mit 4:3 durch."
    )
    t = tie(facts, "manchester-city", "real-madrid")
    assert t.aggregate == {"manchester-city": 4, "real-madrid": 4}
    assert (t.winner, t.decided_by) == ("real-madrid", "penalties")
    assert t.penalties == {"real-madrid": 4, "manchester-city": 3}


def test_in_der_addition_in_german():
    facts = read(
        " date 2025-03-12 Bayer Leverkusen ist ausgeschieden. Die Werkself verlor am Dienstag "
        "auch das Rückspiel beim FC Bayern München mit 0:2 und unterlag mit 0:5 in der Addition."
    )
    t = tie(facts, "bayer-leverkusen", "bayern-munich")
    assert t.aggregate == {"bayer-leverkusen": 0, "bayern-munich": 5}
    assert t.winner == "bayern-munich"


def test_two_legs_give_a_computed_aggregate():
    facts = read(
        " date 2013-05-01 Borussia Dortmund hat am Dienstagabend zwar mit 0:2 bei Real Madrid "
        "verloren, sich dank des 4:1 im Hinspiel in Dortmund aber knapp durchgesetzt."
    )
    t = tie(facts, "borussia-dortmund", "real-madrid")
    assert t.aggregate == {"borussia-dortmund": 4, "real-madrid": 3}
    assert (t.winner, t.decided_by, t.inferred) == ("borussia-dortmund", "aggregate", True)


def test_level_legs_and_away_goals_named_in_the_text():
    facts = read(
        " date 2019-05-08 A year ago, Barcelona beat Roma 4-1 at home in the Champions League "
        "quarterfinals, lost the return leg 3-0 in Rome and went out on away goals."
    )
    t = tie(facts, "barcelona", "roma")
    assert t.aggregate == {"barcelona": 4, "roma": 4}
    assert (t.winner, t.decided_by, t.inferred) == ("roma", "away_goals", True)


def test_level_legs_without_a_stated_decision_have_no_winner():
    facts = read(
        " date 2023-05-08 A year ago, Barcelona beat Roma 4-1 at home in the Champions League "
        "quarterfinals and lost the return leg 3-0 in Rome."
    )
    assert facts.ties == []


def test_level_legs_in_an_away_goals_season_are_decided_by_away_goals():
    facts = read(
        " date 2019-05-08 A year ago, Barcelona beat Roma 4-1 at home in the Champions League "
        "quarterfinals and lost the return leg 3-0 in Rome."
    )
    t = tie(facts, "barcelona", "roma")
    assert (t.winner, t.decided_by, t.inferred) == ("roma", "away_goals", True)


def test_winner_only_with_shootout_in_a_relative_clause():
    facts = read(
        " date 2024-04 Monterrey trifft im Halbfinale auf Columbus Crew, der ein mexikanisches "
        "Duell mit einem 4:3-Sieg im Elfmeterschießen bei den Tigres UANL verhinderte."
    )
    t = tie(facts, "columbus-crew", "tigres")
    assert (t.aggregate, t.winner, t.decided_by) == (None, "columbus-crew", "penalties")
    assert t.penalties == {"columbus-crew": 4, "tigres": 3}
    assert facts.matches == []


def test_winner_only_advanced_on_penalties_in_german():
    facts = read(
        " date 2024-04-18 Die Bayern treffen nun auf Real Madrid, das sich zeitgleich bei "
        "Titelverteidiger Manchester City erst im Elfmeterschießen durchsetzte."
    )
    t = tie(facts, "real-madrid", "manchester-city")
    assert (t.aggregate, t.winner, t.decided_by) == (None, "real-madrid", "penalties")


def test_extra_time_decides_when_the_deciding_leg_went_to_extra_time():
    facts = read(
        " date 2022-05-05 MADRID — Karim Benzema converted a penalty in extra time as Real Madrid "
        "beat Manchester City 3-1 on Wednesday night to win the semifinal 6-5 on aggregate."
    )
    t = tie(facts, "real-madrid", "manchester-city")
    assert t.aggregate == {"real-madrid": 6, "manchester-city": 5}
    assert (t.winner, t.decided_by) == ("real-madrid", "extra_time")


def test_running_aggregate_is_not_a_tie():
    facts = read(
        " date 2022-05-05 Rodrygo headed in a cross to level the aggregate at 5-5 and force "
        "extra time. City still led the series 3-1 at halftime."
    )
    assert facts.ties == []


def test_header_with_first_leg_and_shootout_gives_the_tie():
    facts = read(
        " date 2024-04-18 Manchester City – Real Madrid 1:1 n.V. (1:1, 1:0), 3:4 i.E. – "
        "Hinspiel: 3:3\n\nTitelverteidiger Manchester City ist im Viertelfinale der Champions "
        "League ausgeschieden."
    )
    t = tie(facts, "manchester-city", "real-madrid")
    assert t.aggregate == {"manchester-city": 4, "real-madrid": 4}
    assert (t.winner, t.decided_by, t.inferred) == ("real-madrid", "penalties", True)
    assert t.penalties == {"real-madrid": 4, "manchester-city": 3}


def test_aggregate_victory_of_the_team_in_a_who_clause():
    facts = read(
        " date 2024-03-06 Real Sociedad were knocked out of the Champions League by Paris "
        "Saint-Germain, who won 2-1 in San Sebastian for a 4-1 aggregate victory."
    )
    t = tie(facts, "real-sociedad", "psg")
    assert t.aggregate == {"psg": 4, "real-sociedad": 1}
    assert (t.winner, t.decided_by) == ("psg", "aggregate")


def test_overall_and_insgesamt_are_aggregates():
    en = read(
        " date 2024-03-14 Benfica advanced to the Europa League quarterfinals 3-2 overall after "
        "beating Rangers 1-0 at Ibrox on Thursday."
    )
    t = tie(en, "benfica", "rangers")
    assert (t.aggregate, t.winner) == ({"benfica": 3, "rangers": 2}, "benfica")
    [m] = en.matches
    assert (m.home, m.score, m.leg) == ("rangers", (0, 1), 2)
    de = read(
        " date 2024-03-15 Der SC Freiburg ist ausgeschieden. Die Breisgauer unterlagen am "
        "Donnerstag bei West Ham United mit 0:5 und verloren insgesamt mit 1:5."
    )
    t = tie(de, "sc-freiburg", "west-ham")
    assert (t.aggregate, t.winner) == ({"sc-freiburg": 1, "west-ham": 5}, "west-ham")


def test_level_aggregate_won_on_penalties_in_english():
    facts = read(
        " date 2024-04-12 Fenerbahce won the tie 4-2 on penalties after a 1-1 aggregate draw "
        "against Olympiacos on Thursday in the Conference League."
    )
    t = tie(facts, "fenerbahce", "olympiacos")
    assert t.aggregate == {"fenerbahce": 1, "olympiacos": 1}
    assert (t.winner, t.decided_by) == ("fenerbahce", "penalties")
    assert t.penalties == {"fenerbahce": 4, "olympiacos": 2}


def test_a_coachs_team_is_placed_by_the_coach_the_text_names_for_the_other_side():
    facts = read(
        " date 2019-05-09 AMSTERDAM — Tottenham beat Ajax 3-2 on Wednesday to go through on "
        "away goals after a 3-3 aggregate draw in the Champions League semifinal. Tottenham "
        "manager Mauricio Pochettino hugged his players. For Erik ten Hag's young team, which "
        "had knocked out Real Madrid and Juventus in earlier rounds, the finish was cruel."
    )
    for loser in ("real-madrid", "juventus"):
        t = tie(facts, "ajax", loser)
        assert (t.winner, t.aggregate, t.decided_by) == ("ajax", None, None)


def test_a_coachs_team_that_went_through_is_the_main_winner():
    facts = read(
        " date 2022-05-05 MADRID — Real Madrid beat Manchester City 3-1 after extra time on "
        "Wednesday to win the Champions League semifinal 6-5 on aggregate. It was the third "
        "round in which Carlo Ancelotti's team came from behind to go through, after "
        "eliminating Paris Saint-Germain and Chelsea."
    )
    assert tie(facts, "real-madrid", "psg").winner == "real-madrid"
    assert tie(facts, "real-madrid", "chelsea").winner == "real-madrid"


def test_an_unplaced_coachs_team_claims_no_tie():
    facts = read(
        " date 2019-05-09 AMSTERDAM — Tottenham beat Ajax 3-2 on Wednesday to go through on "
        "away goals after a 3-3 aggregate draw. For Erik ten Hag's young team, which had "
        "knocked out Real Madrid and Juventus in earlier rounds, the finish was cruel."
    )
    assert {frozenset(t.teams) for t in facts.ties} == {frozenset(("tottenham", "ajax"))}
