"""More match details read apart from the score: extra time, shoot-outs told alone,
first legs `a week earlier`, named editions, rounds carried or not between results,
competitions that are a side's standing, relegation play-offs."""

from __future__ import annotations

from tests.reports.helpers import match, read


def one(facts, *teams: str):
    found = [m for m in facts.matches if {m.home, m.away} == set(teams)]
    assert len(found) == 1, facts.matches
    return found[0]


def test_extra_time_told_apart_from_the_score_is_the_main_matchs():
    facts = read(
        " date 2016-05-26 Lissabon (dpa) - Benfica hat am Mittwoch vor eigenem Publikum mit "
        "1:1 gegen den FC Porto gespielt. Auch in der Verlängerung fiel kein Tor mehr."
    )
    assert one(facts, "benfica", "porto").extra_time is True
    facts = read(
        " date 2016-05-26 Atletico Madrid won the second leg 1-0 at home against Benfica to "
        "level the tie at 1-1 on aggregate. After a goalless extra period, Jan Oblak saved "
        "twice and Atletico went through 5-4 on penalties."
    )
    assert match(facts, "atletico-madrid", "benfica").extra_time is True
    # the level sum less the second leg is the first leg (test_first_leg_by_sum)
    assert match(facts, "benfica", "atletico-madrid").extra_time is None


def test_extra_time_only_expected_or_of_another_match_is_not_played():
    facts = read(
        " date 2016-05-26 Lissabon (dpa) - Benfica hat am Mittwoch vor eigenem Publikum mit "
        "2:1 gegen den FC Porto gewonnen. Als sich alle schon auf die Verlängerung "
        "einstellten, traf Jonas zum Sieg."
    )
    assert one(facts, "benfica", "porto").extra_time is False
    facts = read(
        " date 2016-05-26 Lissabon (dpa) - Benfica hat am Mittwoch vor eigenem Publikum mit "
        "2:1 gegen den FC Porto gewonnen. Im Pokal gegen Sporting Braga war Benfica noch in "
        "die Verlängerung gegangen."
    )
    assert one(facts, "benfica", "porto").extra_time is False


def test_a_shootout_told_alone_belongs_to_the_second_leg():
    facts = read(
        " date 2016-05-26 LISBON, Portugal (AP) — Benfica won the cup on Wednesday, beating "
        "Porto 5-4 on penalties after the second leg ended 1-0 at home. The match went to "
        "extra time after Jonas had levelled the tie on aggregate."
    )
    m = one(facts, "benfica", "porto")
    assert (m.home, m.leg, m.penalties, m.extra_time) == ("benfica", 2, (5, 4), True)


def test_a_first_leg_a_week_earlier_is_seven_days_before_the_second():
    text = (
        " date 2019-05-03 SALZBURG, Austria (AP) — Salzburg beat Marseille 2-1 at home in "
        "the second leg on Thursday. Marseille had won the first leg 2-0 {} earlier."
    )
    first = match(read(text.format("a week")), "marseille", "rb-salzburg")
    assert (first.leg, first.date) == (1, "2019-04-25")
    first = match(read(text.format("two weeks")), "marseille", "rb-salzburg")
    assert first.date is None


def test_a_tournament_played_a_year_late_keeps_its_editions_name_as_season():
    """Euro 2020 was played in June 2021: its matches are of the season `2020` whether or not
    a report names the edition, so two reports of one match agree on it; the Euro 2024 and
    a tournament played in its own year keep the year they were played."""
    text = (
        " date {} Bukarest (SID) - Die Schweiz hat sich am Montagabend {} im "
        "Achtelfinale gegen Frankreich nach einem 3:3 nach Verlängerung mit 5:4 im "
        "Elfmeterschießen durchgesetzt."
    )
    for named in ("bei der EM", "bei der EM 2020"):
        match = one(read(text.format("2021-06-29", named)), "switzerland", "france")
        assert match.season == "2020"
    later = one(read(text.format("2024-06-29", "bei der EM")), "switzerland", "france")
    assert later.season == "2024"


def test_a_fixture_to_come_gives_its_round_and_day_to_no_result():
    facts = read(
        " date 2021-06-29 Die Schweiz hat am Montagabend im EM-Achtelfinale gegen Frankreich "
        "1:0 gewonnen. Gegner im Viertelfinale ist am Freitag in St. Petersburg Spanien, das "
        "sich am Nachmittag in Kopenhagen mit 5:3 nach Verlängerung gegen Kroatien "
        "durchgesetzt hatte."
    )
    m = one(facts, "spain", "croatia")
    assert (m.stage, m.date) == ("round-of-16", "2021-06-28")


def test_a_third_place_match_on_the_finals_day_is_no_final():
    text = (
        " date 2023-06-19 Rotterdam (dpa) - Spanien hat am Sonntagabend in Rotterdam das "
        "Finale der Nations League gegen Kroatien mit 2:1 gewonnen. {} Italien die "
        "Niederlande am Nachmittag in Enschede 3:2 besiegt."
    )
    third = one(read(text.format("Im Spiel um Platz drei hatte")), "italy", "netherlands")
    assert (third.stage, third.date) == (None, "2023-06-18")
    same = read(text.format("Zuvor hatte")).matches
    assert [m.stage for m in same if m.home != "spain"] in ([], [None])


def test_a_result_that_won_a_cup_was_its_final_but_not_a_league_title():
    facts = read(
        " date 2021-06-29 Die Schweiz hat am Montagabend im EM-Achtelfinale gegen Frankreich "
        "1:0 gewonnen. Für Frankreich, das 2018 in Moskau mit einem 4:2 gegen Kroatien den "
        "WM-Titel gewonnen hatte, ist das Turnier beendet."
    )
    assert one(facts, "france", "croatia").stage == "final"
    facts = read(
        " date 2024-05-20 MADRID (AP) — Real Madrid beat Alaves 5-0 at home on Sunday. Real, "
        "who won the league title with a 3-0 win over Cadiz at home two weeks ago, rested "
        "several starters."
    )
    assert one(facts, "real-madrid", "cadiz").stage in (None, "league")


def test_a_league_named_as_a_standing_or_a_kind_of_club_is_no_matchs_competition():
    facts = read(
        " date 2023-04-19 ROME — The Dutch leaders, top of the Eredivisie, play Roma on "
        "Thursday. Juventus beat Sporting Lisbon 1-0 at home last Thursday."
    )
    assert one(facts, "juventus", "sporting-cp").competition is None
    facts = read(
        " date 2019-03-15 MILAN (AP) — Eintracht Frankfurt beat Inter Milan 1-0 at San Siro "
        "in the Europa League on Thursday, so the Bundesliga club is into the quarterfinals."
    )
    assert one(facts, "inter-milan", "eintracht-frankfurt").competition == "UEFA Europa League"


def test_last_may_and_last_months_final_give_the_month():
    facts = read(
        " date 2023-04-19 ROME — Roma and Feyenoord met in the final of the Europa Conference "
        "League in Tirana last May, when Roma won 1-0."
    )
    m = one(facts, "roma", "feyenoord")
    assert (m.date, m.season) == ("2022-05", "2021-22")


def test_a_relegation_play_off_is_for_the_league_a_side_goes_up_to_or_down_from():
    facts = read(
        " date 2021-05-30 Kiel – Holstein Kiel hat den Aufstieg in die Bundesliga verpasst. "
        "Im Relegations-Rückspiel unterlagen die Störche am Samstagabend dem 1. FC Köln im "
        "eigenen Stadion mit 1:5. Im Hinspiel hatte Kiel am Mittwoch in Köln mit 1:0 gewonnen."
    )
    second = match(facts, "holstein-kiel", "fc-koln")
    first = match(facts, "fc-koln", "holstein-kiel")
    assert [(m.competition, m.season, m.leg) for m in (second, first)] == [
        ("Bundesliga", "2020-21", 2),
        ("Bundesliga", "2020-21", 1),
    ]
    facts = read(
        " date 2021-05-30 Karlsruhe – Der Karlsruher SC muss nach dem Abstieg in die 3. Liga "
        "planen. Im Relegations-Rückspiel unterlag der KSC am Samstagabend dem SV Sandhausen "
        "im eigenen Stadion mit 1:2."
    )
    assert one(facts, "karlsruher-sc", "sv-sandhausen").competition == "2. Bundesliga"


def test_the_league_a_relegation_play_off_is_for_outranks_the_league_a_side_came_from():
    """`Relegation zwischen Bundesliga und 2. Liga ... nach nur einem Jahr in der 2. Liga`: the
    play-off is the Bundesliga's; the league named beside the result is where the winner had
    been. `back in` names no league played for: a relegated side is back in the one below."""
    facts = read(
        " date 2009-05-31 Der 1. FC Nürnberg hat das Rückspiel der Relegation zwischen "
        "Bundesliga und 2. Liga gewonnen. Der Club besiegte am Sonntag Energie Cottbus im "
        "eigenen Stadion mit 2:0 und kehrt nach nur einem Jahr in der 2. Liga ins Oberhaus zurück."
    )
    assert one(facts, "fc-nurnberg", "energie-cottbus").competition == "Bundesliga"
    facts = read(
        " date 2009-05-31 NUREMBERG, Germany (AP) — Nuremberg beat Energie Cottbus 2-0 on "
        "Sunday in the second leg of the relegation playoff between the Bundesliga and the 2. "
        "Bundesliga, after a single season in the 2. Bundesliga."
    )
    assert one(facts, "fc-nurnberg", "energie-cottbus").competition == "Bundesliga"
    facts = read(
        " date 2009-05-31 NUREMBERG, Germany (AP) — Nuremberg beat Energie Cottbus 2-0 on "
        "Sunday in the second leg of the relegation playoff, and Cottbus are back in the 2. "
        "Bundesliga."
    )
    assert one(facts, "fc-nurnberg", "energie-cottbus").competition != "2. Bundesliga"


def test_legs_after_a_lead_in_take_its_round_but_not_a_final_ahead():
    facts = read(
        " date 2020-07-12 Ingolstadt (dpa) – Der FC Ingolstadt hat am Samstag im eigenen "
        "Stadion mit 3:1 gegen Nürnberg gewonnen. Auch im Oberhaus war die Relegation "
        "spannend. Werder Bremen hielt sich nach einem 0:0 im Hinspiel im Weserstadion dank "
        "eines 2:2 im Rückspiel beim 1. FC Heidenheim in der Bundesliga."
    )
    legs = [
        match(facts, "werder-bremen", "fc-heidenheim"),
        match(facts, "fc-heidenheim", "werder-bremen"),
    ]
    assert [m.stage for m in legs] == ["relegation-play-off"] * 2
    facts = read(
        " date 2013-05-02 Dortmund (dpa) – Borussia Dortmund hat am Dienstag bei Real Madrid "
        "mit 0:2 verloren. Im Endspiel am 25. Mai trifft Dortmund auf Bayern. Dortmund hatte "
        "das Hinspiel im eigenen Stadion mit 4:1 gewonnen."
    )
    first = [m for m in facts.matches if m.home == "borussia-dortmund"]
    assert first and first[0].stage is None


def test_a_result_header_with_its_shootout_after_a_bar():
    facts = read(
        " date 2021-01-14 DFB-Pokal | Mittwoch, 13. Januar 2021\n\nERGEBNIS\nSV Darmstadt 98 "
        "– FC Schalke 04 1:1 n.V. (1:1, 0:0) | Elfmeterschießen 3:4\n\nDAS SPIEL\nDer "
        "Zweitligist hielt gegen den Favoriten von Beginn an mutig dagegen und glich die frühe "
        "Führung der Gäste aus. In der Verlängerung fiel kein Tor mehr, im Elfmeterschießen "
        "hatten die Gäste das bessere Ende für sich.\n"
    )
    m = one(facts, "darmstadt-98", "schalke-04")
    assert (m.home, m.score, m.penalties, m.extra_time) == ("darmstadt-98", (1, 1), (3, 4), True)


def test_a_cup_only_aimed_at_makes_no_final():
    facts = read(
        " date 2022-12-10 Argentina beat Croatia 3-0 in Lusail on Tuesday and are on course "
        "to win the World Cup."
    )
    assert one(facts, "argentina", "croatia").stage is None
    facts = read(
        " date 2022-05-15 LONDON (AP) — Liverpool beat Chelsea 6-5 on penalties to win the FA "
        "Cup at Wembley on Saturday after a 0-0 draw."
    )
    assert one(facts, "liverpool", "chelsea").stage == "final"


def test_extra_time_denied_is_not_played():
    facts = read(
        " date 2016-05-26 LISBON, Portugal (AP) — Benfica beat Porto 2-1 at home on "
        "Wednesday. Benfica did not need to go into extra time this time."
    )
    assert one(facts, "benfica", "porto").extra_time is not True


def test_results_after_a_sentence_naming_a_leagues_matchday_are_that_leagues():
    text = (
        " date 2022-05-22 Hamburg (SID) – Nach vier Jahren in der 2. Liga empfängt der "
        "Hamburger SV Hertha BSC am Montag zum Rückspiel. Dass die Berliner in die Relegation "
        "mussten, lag am letzten {}. Hertha "
        "verlor mit 1:2 in Dortmund, während der VfB Stuttgart mit einem 2:1 im eigenen "
        "Stadion gegen den 1. FC Köln noch vorbeizog."
    )
    m = one(read(text.format("Bundesliga-Spieltag")), "vfb-stuttgart", "fc-koln")
    assert (m.competition, m.season, m.stage) == ("Bundesliga", "2021-22", "league")
    m = one(read(text.format("Spieltag")), "vfb-stuttgart", "fc-koln")
    assert m.competition != "Bundesliga"  # no matchday named: the rule does not fire


def test_a_bare_month_before_the_dateline_dates_a_result_in_passing():
    for text in (
        "Kiel (dpa) - Holstein Kiel hat den FC Bayern München am Mittwoch im DFB-Pokal im "
        "eigenen Stadion mit 3:2 besiegt. Im Oktober hatte Bayern den SC Freiburg zu Hause "
        "3:0 besiegt.",
        "KIEL (AP) — Holstein Kiel beat Bayern Munich 3-2 at home in the German Cup on "
        "Wednesday. In October, Bayern had beaten Freiburg 3-0 at home.",
    ):
        facts = read(" date 2021-01-14 " + text)
        assert one(facts, "bayern-munich", "sc-freiburg").date == "2020-10"
        assert one(facts, "holstein-kiel", "bayern-munich").date == "2021-01-13"


def test_a_round_still_to_be_played_is_not_the_main_matchs():
    facts = read(
        " date 2021-01-14 KIEL (AP) — Holstein Kiel beat Bayern Munich 3-2 at home in the "
        "German Cup on Wednesday. The final will be played in Berlin in May."
    )
    assert one(facts, "holstein-kiel", "bayern-munich").stage is None
