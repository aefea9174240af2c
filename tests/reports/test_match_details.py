"""Match details the reader states beside a score (season, stage, date, shoot-out),
each family with a sentence where the rule must not fire."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_a_world_cup_qualifier_belongs_to_the_next_world_cup():
    facts = read(
        " date 2025-06-11 OSLO, Norway (AP) — Erling Haaland scored twice as Norway beat "
        "Italy 3-0 at home in a World Cup qualifier on Tuesday night."
    )
    m = match(facts, "norway", "italy")
    assert (m.competition, m.season, m.date) == (
        "FIFA World Cup qualification",
        "2026",
        "2025-06-10",
    )


def test_a_world_cup_match_keeps_its_own_year():
    facts = read(
        " date 2022-12-10 Brazil are out of the World Cup. They were beaten 4-2 on "
        "penalties by Croatia last night after a 1-1 draw."
    )
    m = match(facts, "brazil", "croatia")
    assert (m.competition, m.season) == ("FIFA World Cup", "2022")


def test_a_qualifying_final_round_heading_is_no_final():
    facts = read(
        " date 2017-10-11 Qualifying Glance\nHome teams listed first\n\nCONCACAF\n\n"
        "Final Round\n\nTuesday, Oct. 10\nAt Kingston\nJamaica 2, Canada 1\n"
    )
    m = match(facts, "jamaica", "canada")
    assert (m.stage, m.date) == (None, "2017-10-10")


def test_a_final_heading_still_names_the_final():
    facts = read(
        " date 2017-10-11 Cup Glance\nHome teams listed first\n\nFinal\n\n"
        "Tuesday, Oct. 10\nAt Kingston\nJamaica 2, Canada 1\n"
    )
    assert match(facts, "jamaica", "canada").stage == "final"


def test_last_night_and_gestern_date_the_main_match():
    facts = read(" date 2023-06-12 Real Madrid beat Barcelona 2-1 at home last night in La Liga.")
    assert match(facts, "real-madrid", "barcelona").date == "2023-06-11"
    facts = read(
        " date 2023-06-12 Mainz (dpa) - Der FSV Mainz 05 hat gestern Abend vor eigenem "
        "Publikum mit 2:1 gegen den VfB Stuttgart gewonnen."
    )
    assert match(facts, "mainz-05", "vfb-stuttgart").date == "2023-06-11"


def test_a_result_years_back_does_not_take_the_reports_competition():
    facts = read(
        " date 2025-03-10 Real Madrid hat am Sonntag in der Champions League im eigenen "
        "Stadion den FC Bayern München mit 2:0 geschlagen. Im April 1998 hatte der FC "
        "Valencia die Bayern im eigenen Stadion mit 3:0 geschlagen."
    )
    old = match(facts, "valencia", "bayern-munich")
    assert (old.competition, old.season, old.date) == (None, None, "1998-04")
    assert match(facts, "real-madrid", "bayern-munich").competition == "UEFA Champions League"
    facts = read(
        " date 2025-03-10 MADRID (AP) — Real Madrid beat Bayern Munich 2-0 at home in the "
        "Champions League on Sunday. Bayern last lost so heavily in Spain in 2001, when "
        "they were beaten 3-0 at Valencia."
    )
    assert match(facts, "valencia", "bayern-munich").competition is None


def test_a_result_of_this_season_keeps_the_reports_competition():
    facts = read(
        " date 2025-03-10 Real Madrid hat am Sonntag in der Champions League im eigenen "
        "Stadion den FC Bayern München mit 2:0 geschlagen. Im Februar 2024 hatte der FC "
        "Valencia die Bayern im eigenen Stadion mit 3:0 geschlagen."
    )
    assert match(facts, "valencia", "bayern-munich").competition == "UEFA Champions League"


def test_a_day_later_dates_the_second_result_and_shares_its_round():
    facts = read(
        " date 2022-02-07 Beim Afrika-Cup gewann der Senegal sein Halbfinale gegen Ghana am "
        "vergangenen Mittwoch mit 2:1, Nigeria setzte sich einen Tag später gegen "
        "Gastgeber Kamerun mit 1:0 durch."
    )
    m = match(facts, "cameroon", "nigeria")
    assert (m.date, m.stage, m.score) == ("2022-02-03", "semi-final", (0, 1))
    facts = read(
        " date 2022-02-07 Arsenal beat Chelsea 2-1 at home in the semi-final on Tuesday, "
        "and Liverpool edged Everton 1-0 at Anfield a day later."
    )
    m = match(facts, "liverpool", "everton")
    assert (m.date, m.stage) == ("2022-02-02", "semi-final")


def test_the_day_before_counts_back_from_the_last_date_named():
    facts = read(
        " date 2022-02-07 Arsenal beat Chelsea 2-1 at home on Saturday. Liverpool had "
        "beaten Everton 1-0 at Anfield the day before."
    )
    assert match(facts, "liverpool", "everton").date == "2022-02-04"


def test_a_day_after_a_final_is_not_another_final():
    facts = read(
        " date 2022-02-07 Arsenal beat Chelsea 2-1 at home in the final on Saturday, and "
        "Liverpool edged Everton 1-0 at Anfield a day later."
    )
    m = match(facts, "liverpool", "everton")
    assert (m.date, m.stage) == ("2022-02-06", None)


def test_a_conference_final_is_no_final():
    facts = read(
        " date 2021-12-12 SEATTLE (AP) — Seattle beat Sporting Kansas City 3-1 at home in "
        "the Western Conference final on Sunday night."
    )
    assert match(facts, "seattle-sounders", "sporting-kc").stage is None
    facts = read(
        " date 2021-12-12 SEATTLE (AP) — Seattle beat Sporting Kansas City 3-1 at home in "
        "the MLS Cup final on Sunday night."
    )
    assert match(facts, "seattle-sounders", "sporting-kc").stage == "final"


def test_the_side_beaten_on_penalties_has_the_lower_shootout_count():
    facts = read(
        " date 2022-12-10 Brazil are out of the World Cup. They were beaten 4-2 on "
        "penalties by Croatia last night after a 1-1 draw."
    )
    assert match(facts, "brazil", "croatia").penalties == (2, 4)
    facts = read(
        " date 2022-12-10 Japan lost to Croatia 3-1 on penalties in the World Cup round of "
        "16 after a 1-1 draw on Monday."
    )
    assert match(facts, "japan", "croatia").penalties == (1, 3)


def test_the_side_winning_on_penalties_has_the_higher_shootout_count():
    facts = read(
        " date 2022-12-10 Croatia are into the World Cup semi-finals. They beat Brazil 4-2 "
        "on penalties last night after a 1-1 draw."
    )
    assert match(facts, "croatia", "brazil").penalties == (4, 2)
