"""Phrase families for matches and ties that the first dev set did not cover,
each in sentences written for these tests: who won when the winner is named
after `give`, venues that name a club, goalless draws in words, extra time
after half-time scores, team names that start like a month, seasons of
matches told in passing."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie


def test_winner_named_after_give_is_the_winner():
    facts = read(
        " date 2022-05-19 SEVILLE, Spain (AP) — A late header gave Eintracht Frankfurt a 2-1 "
        "win over Rangers in the Europa League final on Wednesday."
    )
    found = [m for m in facts.matches if {m.home, m.away} == {"rangers", "eintracht-frankfurt"}]
    assert len(found) == 1 and found[0].neutral
    winner = found[0].home if found[0].score[0] > found[0].score[1] else found[0].away
    assert winner == "eintracht-frankfurt"


def test_earned_team_a_win_over_names_the_winner_first():
    facts = read(
        " date 2024-03-10 Two goals from Kane earned Bayern Munich a 3-1 victory at home "
        "against Mainz on Saturday in the Bundesliga."
    )
    m = match(facts, "bayern-munich", "mainz-05")
    assert m.score == (3, 1)


def test_home_of_a_club_is_a_venue_not_a_team():
    facts = read(
        " date 2018-12-10 The match was moved to the Santiago Bernabeu, the home of Real Madrid. "
        "The first leg at La Bombonera had ended 2-2."
    )
    assert all("real-madrid" not in (m.home, m.away) for m in facts.matches)


def test_stadion_des_vereins_ist_ein_ort_kein_team():
    facts = read(
        " date 2024-05-02 Das Spiel fand im Stadion des FC Bayern München statt. "
        "Das Hinspiel hatte 2:2 geendet."
    )
    assert all("bayern-munich" not in (m.home, m.away) for m in facts.matches)


def test_team_name_starting_like_a_month_keeps_its_score():
    facts = read(
        " date 2018-12-10 MADRID (AP) — River Plate won the title on Sunday, beating Boca "
        "Juniors 3-1 at home in the Copa Libertadores."
    )
    m = match(facts, "river-plate", "boca-juniors")
    assert m.score == (3, 1)


def test_against_the_team_is_not_the_subject_of_a_draw():
    facts = read(
        " date 2023-12-10 Los Angeles FC had won last year's final at home against the "
        "Philadelphia Union on penalties after a 3-3 draw through extra time."
    )
    m = match(facts, "lafc", "philadelphia-union")
    assert m.score == (3, 3)


def test_held_off_is_a_win():
    facts = read(
        " date 2023-12-10 COLUMBUS, Ohio (AP) — The Columbus Crew held off Los Angeles FC 2-1 "
        "on Saturday in front of their home fans."
    )
    m = match(facts, "columbus-crew", "lafc")
    assert m.score == (2, 1)


def test_past_result_does_not_borrow_the_story_teams():
    facts = read(
        " date 2013-05-12 Wigan Athletic beat Manchester City 1-0 at Wembley on Saturday. "
        "It hurt the coach, whose side had won the cup two years ago, beating Stoke City 1-0."
    )
    assert all("stoke-city" not in (m.home, m.away) for m in facts.matches)


def test_torlos_after_sich_is_a_goalless_draw():
    facts = read(
        " date 2019-05-28 Der VfB Stuttgart spielte am Montag beim 1. FC Union Berlin. "
        "Die Köpenicker trennten sich im Rückspiel vor eigenem Publikum torlos vom VfB Stuttgart."
    )
    m = match(facts, "union-berlin", "vfb-stuttgart")
    assert m.score == (0, 0)
    assert m.leg == 2


def test_ended_goalless_is_a_goalless_draw():
    facts = read(
        " date 2023-04-02 Arsenal and Chelsea met at home of nobody: Arsenal hosted Chelsea "
        "on Saturday and the match ended goalless."
    )
    assert all(m.score == (0, 0) for m in facts.matches)


def test_extra_time_after_half_time_scores_de():
    facts = read(
        " date 2015-06-02 Im Rückspiel verlor der Karlsruher SC am Montag zu Hause mit 1:2 "
        "(0:0, 1:1) nach Verlängerung gegen den Hamburger SV."
    )
    m = match(facts, "karlsruher-sc", "hamburger-sv")
    assert m.score == (1, 2)
    assert m.extra_time is True


def test_extra_time_after_half_time_score_en():
    facts = read(
        " date 2015-06-02 Hamburg won the second leg 2-1 (1-1) after extra time at Karlsruhe "
        "on Monday."
    )
    m = match(facts, "karlsruher-sc", "hamburger-sv")
    assert m.extra_time is True


def test_years_ago_moves_the_season_back_de():
    facts = read(
        " date 2023-11-02 Der FC Bayern München schied im DFB-Pokal aus. Der FC Bayern "
        "München hatte schon vor zwei Jahren mit 0:5 bei Borussia Mönchengladbach verloren."
    )
    m = match(facts, "borussia-monchengladbach", "bayern-munich")
    assert m.season in (None, "2021-22")


def test_years_ago_moves_the_season_back_en():
    facts = read(
        " date 2023-11-02 Bayern Munich lost 5-0 at Borussia Moenchengladbach in the German "
        "Cup three years ago."
    )
    for m in facts.matches:
        assert m.season in (None, "2020-21")


def test_a_named_other_year_gives_no_guessed_season():
    facts = read(
        " date 2015-06-02 Der Hamburger SV gewann am Montag beim Karlsruher SC mit 2:1 in der "
        "Relegation. Schon 2014 hatte der Hamburger SV gegen die SpVgg Greuther Fürth mit "
        "einem 0:0 im eigenen Stadion begonnen."
    )
    for m in facts.matches:
        if "greuther-furth" in (m.home, m.away):
            assert m.season is None


def test_passing_match_of_another_competition_gets_no_dateline_season():
    facts = read(
        " date 2025-07-14 Chelsea beat Paris Saint-Germain 3-0 on Sunday in the Club World Cup "
        "final. PSG, which had routed Inter Milan 5-0 in the Champions League final in Munich, "
        "never recovered."
    )
    for m in facts.matches:
        if "inter-milan" in (m.home, m.away):
            assert m.season != "2025-26"


def test_round_up_line_with_a_venue_prefix():
    facts = read(
        " date 2016-06-27 Euro 2016 round of 16: the results\n\nSunday, June 26\n\n"
        "Lyon: Germany 3, Slovakia 0 — Boateng, Gomez and Draxler scored.\n\n"
        "Lille: Hungary 0, Belgium 4 — Eden Hazard ran the show."
    )
    first = match(facts, "germany", "slovakia")
    assert first.score == (3, 0)
    assert match(facts, "hungary", "belgium").score == (0, 4)
    assert not facts.ties


def test_round_up_shootout_is_oriented_by_the_stated_winner():
    facts = read(
        " date 2016-07-01 Euro 2016 quarterfinals\n\nThursday, June 30\n\n"
        "Marseille: Poland 1, Portugal 1, after extra time; Portugal won 5-3 on penalties — "
        "Renato Sanches equalized."
    )
    m = match(facts, "poland", "portugal")
    assert m.extra_time is True
    assert m.penalties == (3, 5)


def test_shootout_in_a_tournament_round_is_no_tie_de():
    facts = read(
        " date 2016-07-03 Deutschland steht bei der Europameisterschaft im Halbfinale. "
        "Dort wartet Frankreich, das sich gegen Island im Elfmeterschießen durchsetzte."
    )
    assert not facts.ties


def test_two_results_at_both_grounds_in_one_sentence_are_the_legs():
    facts = read(
        " date 2023-06-08 West Ham beat Fiorentina 2-1 in the Europa Conference League final "
        "on Wednesday. West Ham had got there by beating AZ Alkmaar 2-1 at home and 1-0 in "
        "the Netherlands in the semifinals."
    )
    first = match(facts, "west-ham", "az-alkmaar")
    second = match(facts, "az-alkmaar", "west-ham")
    assert (first.leg, second.leg) == (1, 2)
    t = tie(facts, "west-ham", "az-alkmaar")
    assert t.winner == "west-ham"
    assert t.aggregate == {"west-ham": 3, "az-alkmaar": 1}


def test_a_loss_word_after_the_next_score_does_not_turn_a_win_de():
    facts = read(
        " date 2019-04-19 Eintracht Frankfurt spielte gegen Benfica Lissabon. Die Hessen "
        "gewannen am Donnerstagabend im eigenen Stadion das Viertelfinal-Rückspiel gegen "
        "Benfica Lissabon mit 2:0 (1:0) und machten die 2:4-Niederlage aus dem Hinspiel wett."
    )
    m = match(facts, "eintracht-frankfurt", "benfica")
    assert m.score == (2, 0)


def test_round_of_a_third_team_is_not_given_to_the_result_de():
    facts = read(
        " date 2023-11-02 Der 1. FC Saarbrücken schlug den FC Bayern München am Mittwoch mit "
        "2:1. Im Vorjahr war im Viertelfinale gegen den SC Freiburg Schluss, und vor zwei "
        "Jahren verlor der FC Bayern München mit 0:5 bei Borussia Mönchengladbach."
    )
    m = match(facts, "borussia-monchengladbach", "bayern-munich")
    assert m.stage != "quarter-final"


def test_a_passing_match_does_not_take_the_main_round():
    facts = read(
        " date 2006-07-10 Italien gewann am Sonntag das Finale in Berlin gegen Frankreich mit "
        "5:3 im Elfmeterschießen nach einem 1:1. Gastgeber Deutschland hatte sich am Samstag "
        "mit einem 3:1 gegen Portugal den dritten Platz gesichert."
    )
    for m in facts.matches:
        if "portugal" in (m.home, m.away):
            assert m.stage is None


def test_ap_dateline_country_is_no_team_mention():
    facts = read(
        " date 2019-05-08 LIVERPOOL, England (AP) — Liverpool beat Barcelona 4-0 at Anfield on "
        "Tuesday in the Champions League semifinals."
    )
    assert all("england" not in (m.home, m.away) for m in facts.matches)
    assert match(facts, "liverpool", "barcelona").score == (4, 0)


def test_loser_told_verlor_mit_keeps_the_winner_de():
    facts = read(
        " date 2024-03-03 Der VfL Bochum verlor am Samstag vor eigenem Publikum mit 1:2 gegen "
        "den SC Freiburg."
    )
    m = match(facts, "vfl-bochum", "sc-freiburg")
    assert m.score == (1, 2)


def test_nicht_ueber_ein_remis_hinaus_with_half_time_de():
    facts = read(
        " date 2024-03-03 Der VfL Bochum kam am Samstag im eigenen Stadion gegen den SC Freiburg "
        "nicht über ein 2:2 (0:2) hinaus."
    )
    m = match(facts, "vfl-bochum", "sc-freiburg")
    assert m.score == (2, 2)


def test_world_cup_match_of_two_guests_is_neutral_and_the_host_is_at_home():
    facts = read(
        " date 2018-07-08 Croatia beat Denmark 3-2 on penalties after a 1-1 draw on Sunday at "
        "the World Cup. Host Russia beat Spain 4-3 on penalties after a 1-1 draw on Sunday at "
        "the World Cup."
    )
    guests = [m for m in facts.matches if {m.home, m.away} == {"croatia", "denmark"}]
    assert guests and guests[0].neutral
    host = [m for m in facts.matches if {m.home, m.away} == {"russia", "spain"}]
    assert host and host[0].home == "russia" and not host[0].neutral


def test_weltmeisterschaft_spiel_zweier_gaeste_ist_neutral():
    facts = read(
        " date 2014-07-01 Bei der Weltmeisterschaft hat Frankreich am Montag Nigeria mit 2:0 "
        "besiegt."
    )
    m = [m for m in facts.matches if {m.home, m.away} == {"france", "nigeria"}]
    assert m and m[0].neutral
    assert {m[0].home: m[0].score[0], m[0].away: m[0].score[1]} == {"france": 2, "nigeria": 0}


def test_ended_level_following_extra_time():
    facts = read(
        " date 2023-06-01 BUDAPEST, Hungary (AP) — Sevilla won the Europa League final, beating "
        "Roma 4-1 in a penalty shootout after the final ended 1-1 following extra time on "
        "Wednesday."
    )
    found = [m for m in facts.matches if {m.home, m.away} == {"sevilla", "roma"}]
    assert len(found) == 1 and found[0].score == (1, 1)
    assert found[0].extra_time is True


def test_reached_the_final_by_beating_is_a_tie_won():
    facts = read(
        " date 2021-05-06 Chelsea beat Real Madrid 2-0 on Wednesday in the Champions League "
        "semifinals. Chelsea will face Manchester City in the final. City reached the final a "
        "day earlier by beating Paris Saint-Germain."
    )
    t = tie(facts, "manchester-city", "psg")
    assert t.winner == "manchester-city"
    assert t.aggregate is None


def test_reached_the_final_by_beating_in_a_tournament_is_no_tie():
    facts = read(
        " date 2022-12-19 Argentina beat France on penalties in the World Cup final on Sunday. "
        "France had reached the final by beating Morocco."
    )
    assert not facts.ties


def test_losing_on_aggregate_makes_the_subject_the_loser():
    facts = read(
        " date 2024-03-13 Napoli were beaten 3-1 by Barcelona at the Camp Nou on Tuesday in the "
        "Champions League round of 16 second leg, losing 4-2 on aggregate."
    )
    t = tie(facts, "napoli", "barcelona")
    assert t.winner == "barcelona"
    assert t.aggregate == {"barcelona": 4, "napoli": 2}


def test_advancing_after_a_first_leg_loss_keeps_the_winner():
    facts = read(
        " date 2017-03-09 Dortmund beat Benfica 4-0 at home on Wednesday to overturn a 1-0 "
        "first-leg loss and advance 4-1 on aggregate."
    )
    t = tie(facts, "borussia-dortmund", "benfica")
    assert t.winner == "borussia-dortmund"


def test_a_result_told_as_last_months_is_not_the_main_match():
    facts = read(
        " date 2024-03-10 Newcastle, who beat Chelsea 4-1 at home last month, lost 2-0 at "
        "Fulham on Saturday."
    )
    past = match(facts, "newcastle-united", "chelsea")
    assert past.date == "2024-02"  # the month `last month` gives, never the main match's day
    assert match(facts, "fulham", "newcastle-united").date == "2024-03-09"


def test_ein_ergebnis_vom_vormonat_ist_nicht_das_hauptspiel():
    facts = read(
        " date 2024-03-10 Der VfL Bochum, der vor drei Wochen mit 3:1 beim FC Augsburg gewonnen "
        "hatte, verlor am Samstag zu Hause mit 0:2 gegen den SC Freiburg."
    )
    assert match(facts, "vfl-bochum", "sc-freiburg").date == "2024-03-09"
    for m in facts.matches:
        if "fc-augsburg" in (m.home, m.away):
            assert m.date is None


def test_a_match_on_the_same_day_does_not_take_the_main_match_round_unless_stated():
    facts = read(
        " date 2018-07-01 KAZAN, Russia (AP) — France beat Argentina 4-3 in the round of 16 "
        "at the World Cup on Saturday. On Saturday in Sochi, Uruguay beat Portugal 2-1 "
        "thanks to two goals from Edinson Cavani."
    )
    main = match(facts, "france", "argentina")
    assert main.stage == "round-of-16"
    other = [m for m in facts.matches if {m.home, m.away} == {"uruguay", "portugal"}]
    assert all(m.stage is None for m in other)
