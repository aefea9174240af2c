"""English phrase families for results: who won, who was at home, legs, extra time,
shoot-outs, neutral finals, dates from the dateline, and AP glance lists."""

from __future__ import annotations

from tests.reports.helpers import match, pairs, read


def test_beat_with_dateline_city_makes_the_home_side():
    facts = read(
        " date 2023-10-05 NAPLES, Italy (AP) — Real Madrid beat Napoli 3-2 on Tuesday night "
        "in the Champions League group stage. Jude Bellingham scored the winner."
    )
    m = match(facts, "napoli", "real-madrid")
    assert m.score == (2, 3)
    assert m.date == "2023-10-03"
    assert m.competition == "UEFA Champions League"
    assert m.season == "2023-24"


def test_lost_at_team_is_an_away_defeat_and_series_opener_is_leg_one():
    facts = read(
        " date 2025-03-06 Seattle lost the series opener at Cruz Azul 2-0 on Wednesday in the "
        "CONCACAF Champions Cup round of 16. The second leg is next week."
    )
    m = match(facts, "cruz-azul", "seattle-sounders")
    assert m.score == (2, 0)
    assert m.leg == 1
    assert m.stage == "round-of-16"
    assert m.season == "2025"


def test_a_defeat_at_a_stadium_and_the_return_leg_at_home():
    facts = read(
        " date 2019-05-08 LIVERPOOL, England — Liverpool beat Barcelona 4-0 on Tuesday, wiping "
        "out a 3-0 defeat at Camp Nou and reaching the Champions League final 4-3 on aggregate."
    )
    assert pairs(facts) == {
        ("liverpool", "barcelona", (4, 0)),
        ("barcelona", "liverpool", (3, 0)),
    }
    assert match(facts, "liverpool", "barcelona").leg == 2
    assert match(facts, "barcelona", "liverpool").leg == 1
    assert match(facts, "liverpool", "barcelona").stage == "semi-final"


def test_at_home_and_a_first_leg_loss_in_a_city():
    facts = read(
        " date 2017-03-09 In Wednesday's other match, Borussia Dortmund beat Benfica 4-0 at home "
        "in the Champions League to overturn a 1-0 first-leg loss in Lisbon."
    )
    assert match(facts, "borussia-dortmund", "benfica").score == (4, 0)
    first = match(facts, "benfica", "borussia-dortmund")
    assert (first.score, first.leg) == ((1, 0), 1)


def test_running_scores_and_leads_are_not_results():
    facts = read(
        " date 2024-03-01 Arsenal took a 2-0 lead at halftime and Martin Odegaard made it 3-0 "
        "in the 60th minute before Chelsea cut the deficit to 3-1 in the match."
    )
    assert facts.matches == []


def test_neutral_final_with_extra_time_and_spot_kicks():
    facts = read(
        " date 2021-05-26 GDANSK, Poland — Villarreal won the Europa League on Wednesday, "
        "beating Manchester United 11-10 on spot kicks. The final finished 1-1 after extra time."
    )
    [m] = facts.matches
    assert m.neutral is True
    assert {m.home, m.away} == {"villarreal", "manchester-united"}
    assert m.score == (1, 1)
    assert m.extra_time is True
    pens = m.penalties if m.home == "villarreal" else m.penalties[::-1]
    assert pens == (11, 10)
    assert m.stage == "final"
    assert m.date == "2021-05-26"
    assert facts.ties == []


def test_penalties_after_a_draw_through_extra_time():
    facts = read(
        " date 2016-05-29 MILAN (AP) — Real Madrid beat Atletico Madrid 5-3 on penalties on "
        "Saturday to win the Champions League final after a 1-1 draw through extra time."
    )
    [m] = facts.matches
    assert m.neutral and m.extra_time is True
    assert (m.home, m.penalties) in {("real-madrid", (5, 3)), ("atletico-madrid", (3, 5))}


def test_glance_lists_home_team_first_with_day_headings():
    facts = read(
        " date 2019-03-14 Champions League Glance\nHome teams listed first\n\nROUND OF 16\n\n"
        "Second Leg\n\nTuesday, March 5\nBorussia Dortmund 0, Tottenham 1, Tottenham advanced "
        "on 4-0 aggregate\nWednesday, March 6\nPorto 3, Roma 1, aet, Porto advanced on 4-3 "
        "aggregate\n\nQUARTERFINALS\n\nDraw: Friday, March 15, at Nyon, Switzerland\n"
    )
    bvb = match(facts, "borussia-dortmund", "tottenham")
    assert (bvb.score, bvb.leg, bvb.date, bvb.stage) == ((0, 1), 2, "2019-03-05", "round-of-16")
    assert bvb.extra_time is False
    porto = match(facts, "porto", "roma")
    assert (porto.score, porto.extra_time, porto.date) == ((3, 1), True, "2019-03-06")
    assert len(facts.matches) == 2


def test_month_day_dates_take_the_year_of_the_dateline():
    facts = read(
        " date 2017-03-09 BARCELONA, Spain — Barcelona beat Paris Saint-Germain 6-1 on "
        "Wednesday in the Champions League after losing the first leg 4-0. The first leg on "
        "Feb. 14 at the Parc des Princes had looked conclusive."
    )
    first = match(facts, "psg", "barcelona")
    assert (first.score, first.leg, first.date) == ((4, 0), 1, "2017-02-14")
    assert match(facts, "barcelona", "psg").date == "2017-03-08"


def test_a_final_in_a_third_city_is_neutral():
    facts = read(
        " date 2018-05-27 KYIV, Ukraine (AP) — Real Madrid beat Liverpool 3-1 in the Champions "
        "League final on Saturday."
    )
    [m] = facts.matches
    assert m.neutral and m.stage == "final" and m.season == "2017-18"


def test_a_final_at_home_is_not_neutral():
    facts = read(
        " date 2024-06-02 PACHUCA, Mexico — Pachuca beat the Columbus Crew 3-0 on Saturday "
        "night to win the CONCACAF Champions Cup final."
    )
    m = match(facts, "pachuca", "columbus-crew")
    assert m.neutral is False and m.stage == "final" and m.season == "2024"


def test_no_home_side_means_no_match():
    facts = read(" date 2024-05-02 Arsenal and Chelsea met in the league; Arsenal won 2-0.")
    assert facts.matches == []


def test_at_the_stadium_and_a_first_leg_defeat_reversed():
    facts = read(
        " date 2024-03-14 Bayern Munich beat Lazio 3-0 at the Allianz Arena on Tuesday to "
        "reverse a 1-0 first-leg defeat and reach the Champions League quarterfinals."
    )
    assert pairs(facts) == {
        ("bayern-munich", "lazio", (3, 0)),
        ("lazio", "bayern-munich", (1, 0)),
    }
    main = match(facts, "bayern-munich", "lazio")
    assert (main.leg, main.date, main.stage) == (2, "2024-03-12", "round-of-16")


def test_relative_who_makes_the_antecedent_the_subject():
    facts = read(
        " date 2024-03-06 Real Sociedad were knocked out of the Champions League by Paris "
        "Saint-Germain, who won 2-1 in San Sebastian for a 4-1 aggregate victory."
    )
    m = match(facts, "real-sociedad", "psg")
    assert (m.score, m.leg) == ((1, 2), 2)


def test_had_beaten_is_a_win_and_were_beaten_a_defeat():
    won = read(
        " date 2024-11-07 Manchester City had beaten Sparta Prague 5-0 at home two weeks "
        "earlier in the Champions League."
    )
    assert pairs(won) == {("manchester-city", "sparta-prague", (5, 0))}
    lost = read(
        " date 2024-11-07 Manchester City were beaten 4-1 at Sporting CP on Tuesday in the "
        "Champions League."
    )
    assert pairs(lost) == {("sporting-cp", "manchester-city", (4, 1))}


def test_winning_a_trophy_makes_the_match_a_final():
    facts = read(
        " date 2022-05-19 SEVILLE, Spain (AP) — Eintracht Frankfurt won the Europa League, "
        "beating Rangers 5-4 in a penalty shootout after a 1-1 draw on Wednesday."
    )
    [m] = facts.matches
    assert (m.stage, m.neutral, m.score, m.date) == ("final", True, (1, 1), "2022-05-18")
    pens = m.penalties if m.home == "eintracht-frankfurt" else m.penalties[::-1]
    assert pens == (5, 4)
