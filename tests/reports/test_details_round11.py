"""Round 11 wrong details: a competition, stage, season or date the reader states that
the text does not support, told in sentences of both languages."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_a_bare_supercup_between_german_clubs_is_the_dfl_supercup():
    facts = read(
        " date 2019-09-20 Dortmund (dpa) - Der BVB hat in der Bundesliga am Freitag 2:0 gegen "
        "Bayer Leverkusen gewonnen. Anfang August hatten die Dortmunder den Supercup in Dortmund "
        "gegen die Bayern noch gewonnen: Nach einem 2:0 jubelte der BVB."
    )
    league = match(facts, "borussia-dortmund", "bayer-leverkusen")
    cup = match(facts, "borussia-dortmund", "bayern-munich")
    assert (league.competition, league.stage) == ("Bundesliga", "league")
    assert (cup.competition, cup.stage) == ("DFL-Supercup", None)


def test_a_bare_supercup_between_clubs_of_two_countries_is_uefas():
    facts = read(
        " date 2020-09-25 Budapest (dpa) - Der FC Bayern hat den Supercup gewonnen. "
        "Die Münchner besiegten den FC Sevilla am Donnerstagabend mit 2:1 nach Verlängerung."
    )
    assert {m.competition for m in facts.matches} == {"UEFA Super Cup"}


def test_a_bare_supercup_of_foreign_clubs_of_one_country_is_not_guessed():
    facts = read(
        " date 2023-01-16 Lissabon (dpa) - Benfica hat den Supercup gegen den FC Porto "
        "mit 3:1 gewonnen."
    )
    assert match(facts, "benfica", "porto").competition is None


def test_a_title_won_years_before_does_not_name_the_next_results_competition():
    facts = read(
        " date 2010-07-12 Johannesburg (dpa) - Spanien ist Weltmeister. Der Europameister "
        "besiegte im WM-Finale die Niederlande mit 1:0. Zwei Jahre nach dem EM-Titel von "
        "Wien ist Spanien die beste Mannschaft der Welt. Das 0:1 zum Auftakt gegen die "
        "Schweiz ist längst vergessen."
    )
    assert match(facts, "spain", "switzerland").competition == "FIFA World Cup"


def test_two_years_after_a_european_title_in_english():
    facts = read(
        " date 2010-07-12 Johannesburg - Spain are world champions after beating the "
        "Netherlands 1-0 in the World Cup final. Two years after the European Championship "
        "title in Vienna, Spain are the best side in the world. The 0-1 defeat to "
        "Switzerland in their opener is long forgotten."
    )
    assert match(facts, "spain", "switzerland").competition == "FIFA World Cup"


def test_a_title_named_just_before_a_result_still_names_its_competition():
    facts = read(
        " date 2010-07-12 Johannesburg (dpa) - Spanien ist Weltmeister. Der Europameister "
        "besiegte im WM-Finale die Niederlande mit 1:0. Vor zwei Jahren gewann Spanien den "
        "EM-Titel. Im EM-Finale in Wien gab es ein 1:0 gegen Deutschland."
    )
    assert match(facts, "spain", "germany").competition == "UEFA European Championship"


_PLAY_OFF_DE = (
    " date 2020-07-07 Heidenheim (dpa) - Werder Bremen hat den Abstieg abgewendet. Der "
    "Bundesliga-16. kam am Montagabend im Relegations-Rückspiel beim 1. FC Heidenheim zu "
    "einem 2:2. "
)
_PLAY_OFF_EN = (
    " date 2020-07-07 Heidenheim - Werder Bremen stayed in the Bundesliga on Monday after a "
    "2-2 draw at Heidenheim in the relegation play-off second leg. "
)


def test_at_the_same_time_on_the_last_matchday_is_not_the_play_offs_day():
    facts = read(
        _PLAY_OFF_DE + "Am letzten Spieltag waren die Bremer noch an Fortuna Düsseldorf "
        "vorbeigezogen, die zeitgleich mit 0:3 bei Union Berlin verlor."
    )
    found = match(facts, "union-berlin", "fortuna-dusseldorf")
    assert (found.stage, found.date) == ("league", None)


def test_at_the_same_time_on_the_final_day_of_the_season_in_english():
    facts = read(
        _PLAY_OFF_EN + "On the final day of the season, Werder had overtaken Fortuna "
        "Duesseldorf, who lost 3-0 at Union Berlin at the same time."
    )
    found = match(facts, "union-berlin", "fortuna-dusseldorf")
    assert (found.stage, found.date) == ("league", None)


def test_at_the_same_time_without_a_matchday_keeps_the_play_offs_day():
    facts = read(_PLAY_OFF_EN + "At the same time, Nuremberg beat Ingolstadt 3-0 at home.")
    found = match(facts, "fc-nurnberg", "fc-ingolstadt")
    assert (found.stage, found.date) == ("relegation-play-off", "2020-07-06")


def test_a_club_cups_semi_final_in_january_belongs_to_last_years_edition():
    facts = read(
        " date 2021-01-14 Santos (dpa) - Der FC Santos steht im Finale der Copa Libertadores. "
        "Die Brasilianer besiegten am Mittwoch im Halbfinal-Rückspiel die Boca Juniors mit 3:0."
    )
    assert match(facts, "santos", "boca-juniors").season == "2020"


def test_a_club_cups_semi_final_in_january_in_english():
    facts = read(
        " date 2021-01-14 SANTOS, Brazil (AP) - Santos is back in the Copa Libertadores final. "
        "The Brazilian club routed Boca Juniors 3-0 in the semifinal second leg on Wednesday."
    )
    found = match(facts, "santos", "boca-juniors")
    assert (found.season, found.stage) == ("2020", "semi-final")
    assert {t.season for t in facts.ties} <= {"2020"}


def test_a_national_teams_tournament_in_february_is_its_own_years():
    facts = read(
        " date 2024-02-08 Bouake (dpa) - Die Elfenbeinküste steht im Finale des Afrika-Cups. "
        "Die Ivorer besiegten am Mittwoch im Halbfinale die DR Kongo mit 1:0."
    )
    assert {m.season for m in facts.matches} == {"2024"}


def test_a_one_match_trophy_early_in_the_year_is_its_own_years():
    facts = read(
        " date 2024-02-23 Quito (dpa) - Fluminense hat das Hinspiel im Finale der Recopa "
        "Sudamericana bei LDU Quito mit 0:1 verloren."
    )
    assert match(facts, "ldu-quito", "fluminense").season == "2024"


def test_a_champions_league_first_leg_a_week_before_a_tuesday_gets_no_day():
    facts = read(
        " date 2024-04-17 Dortmund (dpa) - Borussia Dortmund steht im Halbfinale der Champions "
        "League. Der BVB besiegte Atlético Madrid am Dienstagabend im Viertelfinal-Rückspiel "
        "mit 4:2. Im Hinspiel vor einer Woche hatte Atlético mit 2:1 gewonnen."
    )
    assert match(facts, "borussia-dortmund", "atletico-madrid").date == "2024-04-16"
    assert match(facts, "atletico-madrid", "borussia-dortmund").date is None


def test_a_champions_league_first_leg_a_week_earlier_in_english():
    facts = read(
        " date 2024-04-17 Dortmund - Borussia Dortmund reached the Champions League "
        "semi-finals by beating Atletico Madrid 4-2 in the quarter-final second leg on "
        "Tuesday. Atletico had won the first leg 2-1 a week earlier."
    )
    assert match(facts, "atletico-madrid", "borussia-dortmund").date is None


def test_a_europa_league_first_leg_a_week_before_keeps_its_thursday():
    facts = read(
        " date 2024-04-19 Leverkusen (dpa) - Bayer Leverkusen steht im Halbfinale der Europa "
        "League. Bayer spielte am Donnerstagabend im Viertelfinal-Rückspiel bei West Ham United "
        "1:1. Im Hinspiel vor einer Woche hatte Leverkusen mit 2:0 gewonnen."
    )
    assert match(facts, "bayer-leverkusen", "west-ham").date == "2024-04-11"


_NATIONS_LEAGUE = (
    " date 2018-10-14 Amsterdam (dpa) - Deutschland hat am Samstagabend in der Nations "
    "League mit 0:3 gegen die Niederlande verloren. "
)


def test_the_day_of_the_next_fixture_is_not_a_result_told_after_it():
    facts = read(
        _NATIONS_LEAGUE + "Am Dienstag geht es nun gegen Frankreich weiter, das am Donnerstag "
        "in einem Testspiel in Guingamp gegen Island nicht über ein 2:2 hinausgekommen war."
    )
    assert match(facts, "france", "iceland").date == "2018-10-11"


def test_the_day_a_side_will_continue_on_is_not_a_result_told_after_it():
    facts = read(
        " date 2018-10-14 Amsterdam - Germany lost 3-0 to the Netherlands in the Nations "
        "League on Saturday. On Tuesday Germany will continue against France, who drew 2-2 "
        "with Iceland in a friendly in Guingamp on Thursday."
    )
    assert match(facts, "france", "iceland").date == "2018-10-11"


def _sent_off(text: str):
    (found,) = read(text).matches
    return [(d.player, d.second_yellow) for d in found.dismissals or []]


def test_it_was_his_second_yellow_told_after_the_sending_off():
    assert _sent_off(
        " date 2024-03-18 Manchester - Manchester United beat Liverpool 4-3 after extra time "
        "on Sunday. Amad Diallo scored the winner in the 121st minute and was then sent off "
        "for taking his shirt off. It was his second yellow card."
    ) == [("Amad Diallo", True)]


def test_es_war_seine_zweite_gelbe_karte_told_after_the_red_card():
    assert _sent_off(
        " date 2024-03-18 Manchester (dpa) - Manchester United hat Liverpool am Sonntag mit 4:3 "
        "nach Verlängerung besiegt. Amad Diallo erzielte in der 121. Minute den Siegtreffer und "
        "sah danach für das Ausziehen seines Trikots die Rote Karte. Es war seine zweite Gelbe "
        "Karte."
    ) == [("Amad Diallo", True)]


def test_another_card_told_after_the_sending_off_is_no_second_yellow():
    assert _sent_off(
        " date 2024-03-18 Manchester - Manchester United beat Liverpool 4-3 after extra time "
        "on Sunday. Amad Diallo scored the winner in the 121st minute and was then sent off "
        "for a foul. It was his first red card of the season."
    ) == [("Amad Diallo", False)]


def _kicks(text: str):
    (found,) = read(text).matches
    return [(g.player, g.minute, g.penalty) for g in found.goals or []]


_WORLD_CUP_FINAL = (
    " date 2018-07-16 Moskau (dpa) - Frankreich ist Weltmeister. Die Franzosen besiegten "
    "Kroatien im Finale mit 4:2. "
)


def test_a_kick_the_referee_decided_on_and_the_next_sentence_converts_is_a_penalty():
    assert _kicks(
        _WORLD_CUP_FINAL + "Dann griff der Videobeweis ein: Schiedsrichter Néstor Pitana sah "
        "sich ein Handspiel von Perišić am Monitor an und entschied auf Strafstoß. Griezmann "
        "verwandelte in der 38. Minute sicher zum 2:1."
    ) == [("Griezmann", 38, True)]


def test_a_penalty_the_referee_gave_and_the_next_sentence_converts_in_english():
    assert _kicks(
        " date 2018-07-16 Moscow - France are world champions after beating Croatia 4-2 in the "
        "final. The referee reviewed a handball by Perisic on the monitor and gave a penalty. "
        "Griezmann converted it in the 38th minute to make it 2-1."
    ) == [("Griezmann", 38, True)]


def test_a_free_kick_the_referee_decided_on_makes_no_penalty():
    assert _kicks(
        _WORLD_CUP_FINAL + "Schiedsrichter Néstor Pitana entschied nach einem Foul an "
        "Griezmann auf Freistoß. Pogba traf in der 59. Minute zum 3:1."
    ) == [("Pogba", 59, False)]


def test_last_month_beside_the_main_result_is_the_other_legs_month():
    facts = read(
        " date 2024-03-12 LONDON (Reuters) - David Raya saved two penalties as Arsenal beat "
        "Porto 4-2 in a shootout on Tuesday to reach the Champions League quarter-finals. "
        "Leandro Trossard's 41st-minute strike gave Arsenal a 1-0 win on the night at the "
        "Emirates Stadium and cancelled out Galeno's stunning effort in Portugal last month."
    )
    assert match(facts, "arsenal", "porto").date == "2024-03-12"


def test_im_vergangenen_monat_beside_the_main_result_is_the_other_legs_month():
    facts = read(
        " date 2024-03-13 London (dpa) - Der FC Arsenal hat am Dienstagabend das Viertelfinale "
        "der Champions League erreicht. Die Londoner gewannen gegen den FC Porto im Emirates "
        "Stadium mit 1:0 und glichen damit Galenos Treffer aus dem vergangenen Monat in Porto aus."
    )
    assert match(facts, "arsenal", "porto").date == "2024-03-12"


def test_a_main_result_told_last_month_keeps_that_month_without_a_day_in_the_opening():
    facts = read(
        " date 2024-03-12 LONDON (Reuters) - Arsenal beat Porto 1-0 last month in the "
        "Champions League."
    )
    assert match(facts, "arsenal", "porto").date == "2024-02"


_AFCON = " date 2024-02-08 Bouake (dpa) - Die Elfenbeinküste steht im Finale des Afrika-Cups. "


def test_a_noun_subject_before_besiegten_leaves_the_named_team_the_beaten_one():
    facts = read(_AFCON + "Die Ivorer besiegten am Mittwoch im Halbfinale die DR Kongo mit 1:0.")
    assert [(m.home, m.away, m.score) for m in facts.matches] == [
        ("ivory-coast", "dr-congo", (1, 0))
    ]


def test_der_gastgeber_besiegte_leaves_the_named_team_the_beaten_one():
    facts = read(_AFCON + "Der Gastgeber besiegte am Mittwoch im Halbfinale die DR Kongo mit 1:0.")
    assert [(m.home, m.away, m.score) for m in facts.matches] == [
        ("ivory-coast", "dr-congo", (1, 0))
    ]


def test_a_named_subject_before_besiegte_still_wins():
    facts = read(_AFCON + "Die DR Kongo besiegte am Mittwoch im Viertelfinale Guinea mit 3:1.")
    assert [(m.home, m.away, m.score) for m in facts.matches] == [("dr-congo", "guinea", (3, 1))]


def test_the_hosts_beat_in_english_never_makes_the_beaten_side_the_winner():
    facts = read(
        " date 2024-02-08 Abidjan (AP) - Ivory Coast reached the African Cup of Nations "
        "final. The hosts beat Congo 1-0 in the semifinals on Wednesday."
    )
    winners = {m.home if m.score[0] > m.score[1] else m.away for m in facts.matches}
    assert "dr-congo" not in winners


_LOST_AT = (
    " date 2018-10-14 Amsterdam (dpa) - Deutschland hat am Samstagabend in der Nations League "
)


def test_an_opponent_named_in_a_form_the_team_list_lacks_is_not_guessed_from_the_story():
    facts = read(
        _LOST_AT + "mit 0:3 bei den Niederlanden verloren. Am Dienstag spielt Deutschland "
        "gegen Frankreich."
    )
    assert not [m for m in facts.matches if "france" in (m.home, m.away)]


def test_an_unknown_opponent_after_against_in_english_is_not_guessed_either():
    facts = read(
        " date 2018-10-14 Amsterdam - Germany lost 3-0 against the Dutchmen in the Nations "
        "League on Saturday. On Tuesday Germany play France in Paris."
    )
    assert not [m for m in facts.matches if "france" in (m.home, m.away)]


def test_an_opponent_left_unnamed_is_still_taken_from_the_story():
    facts = read(_LOST_AT + "mit 0:3 verloren. Die Niederlande waren klar besser.")
    assert match(facts, "netherlands", "germany").score == (3, 0)


_KLASSIKER = (
    " date 2015-04-26 München (dpa) - Borussia Dortmund hat am Samstag in der Bundesliga beim "
    "FC Bayern München 1:1 gespielt. Robert Lewandowski brachte die Bayern in der 29. Minute "
    "in Führung. "
)


def _scorers(text: str):
    (found,) = read(text).matches
    return [(g.player, g.minute) for g in found.goals or []]


def test_eine_viertelstunde_vor_dem_ende_is_the_75th_minute():
    assert _scorers(
        _KLASSIKER + "Eine Viertelstunde vor dem Ende köpfte Pierre-Emerick Aubameyang zum "
        "Ausgleich ein."
    ) == [("Robert Lewandowski", 29), ("Pierre-Emerick Aubameyang", 75)]


def test_a_quarter_of_an_hour_from_time_is_the_75th_minute():
    assert _scorers(
        " date 2015-04-26 Munich - Borussia Dortmund drew 1-1 at Bayern Munich in the "
        "Bundesliga on Saturday. Robert Lewandowski put Bayern ahead in the 29th minute. "
        "Pierre-Emerick Aubameyang headed the equaliser a quarter of an hour from time."
    ) == [("Robert Lewandowski", 29), ("Pierre-Emerick Aubameyang", 75)]


def test_half_an_hour_before_the_end_of_the_first_half_is_no_minute_from_the_end():
    assert _scorers(
        _KLASSIKER + "Eine halbe Stunde vor dem Ende der ersten Halbzeit köpfte "
        "Pierre-Emerick Aubameyang zum Ausgleich ein."
    ) == [("Robert Lewandowski", 29), ("Pierre-Emerick Aubameyang", None)]


def test_the_equaliser_a_quarter_hour_from_the_end_of_a_level_extra_time_match_is_75():
    assert _scorers(
        " date 2015-04-29 München (dpa) - Der FC Bayern München hat am Dienstagabend im "
        "DFB-Pokal gegen Borussia Dortmund 1:1 nach Verlängerung gespielt und im "
        "Elfmeterschießen verloren. Robert Lewandowski brachte die Bayern in der 29. Minute in "
        "Führung. Eine Viertelstunde vor dem Ende köpfte Pierre-Emerick Aubameyang zum "
        "Ausgleich ein."
    ) == [("Robert Lewandowski", 29), ("Pierre-Emerick Aubameyang", 75)]


def test_the_equaliser_a_quarter_of_an_hour_from_the_end_after_extra_time_in_english():
    assert _scorers(
        " date 2015-04-29 Munich - Borussia Dortmund beat Bayern Munich on penalties on Tuesday "
        "to reach the German Cup final after a 1-1 draw after extra time. Robert Lewandowski put "
        "Bayern ahead in the 29th minute. Pierre-Emerick Aubameyang headed the equaliser a "
        "quarter of an hour from the end."
    ) == [("Robert Lewandowski", 29), ("Pierre-Emerick Aubameyang", 75)]


def test_a_winner_a_quarter_hour_from_the_end_after_extra_time_stays_unplaced():
    goals = _scorers(
        " date 2015-04-29 München (dpa) - Borussia Dortmund hat am Dienstagabend im DFB-Pokal "
        "beim FC Bayern München mit 2:1 nach Verlängerung gewonnen. Robert Lewandowski brachte "
        "die Bayern in der 29. Minute in Führung. Marco Reus glich in der 80. Minute aus. Eine "
        "Viertelstunde vor dem Ende köpfte Pierre-Emerick Aubameyang zum 2:1 ein."
    )
    assert ("Pierre-Emerick Aubameyang", 75) not in goals
