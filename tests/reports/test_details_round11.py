"""Round 11 wrong details: a competition, stage, season or date the reader states that
the text does not support, told in sentences of both languages."""

from __future__ import annotations

from bot.competitions.names import find_competitions
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
        " date 2020-09-25 Budapest (dpa) - Der FC Bayern hat den Supercup gewonnen: Die "
        "Münchner besiegten den FC Sevilla am Donnerstagabend mit 2:1 nach Verlängerung."
    )
    assert match(facts, "bayern-munich", "sevilla").competition == "UEFA Super Cup"


def test_a_bare_supercup_between_clubs_of_two_countries_in_english():
    facts = read(
        " date 2020-09-25 Budapest - Bayern Munich won the Supercup on Thursday, beating "
        "Sevilla 2-1 after extra time."
    )
    assert match(facts, "bayern-munich", "sevilla").competition == "UEFA Super Cup"


def test_der_supercup_alone_names_no_competition():
    assert find_competitions("der Supercup") == []


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
    """Unlike a club cup's last rounds, a national teams' tournament in February is the
    edition of its own year, except an edition moved to the next year (the 2023 Africa Cup
    of Nations, played in 2024), which keeps its name."""
    text = (
        " date {}-02-08 Bouake (dpa) - {} steht im Finale des Afrika-Cups. "
        "Die Mannschaft besiegte am Mittwoch im Halbfinale {} mit 1:0."
    )
    facts = read(text.format("2012", "Sambia", "Ghana"))
    assert {m.season for m in facts.matches} == {"2012"}
    facts = read(text.format("2024", "Die Elfenbeinküste", "die DR Kongo"))
    assert {m.season for m in facts.matches} == {"2023"}


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
