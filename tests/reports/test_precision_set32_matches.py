"""Precision families for matches, ties and their details found on set 32, each in
sentences written for these tests (other teams, players and numbers than the set's)."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read


def test_a_leg_naming_no_team_after_another_pairs_result_is_not_the_main_pairs():
    facts = read(
        " date 2019-03-14 Madrid (dpa) - Ajax Amsterdam hat Real Madrid aus der Champions "
        "League geworfen. Die Niederländer gewannen das Achtelfinal-Rückspiel am Dienstagabend "
        "im Estadio Santiago Bernabéu mit 4:1 (2:0). Bereits am Mittwoch hatte Juventus Turin "
        "mit einem 3:0 gegen Atlético Madrid das Viertelfinale erreicht. Das Hinspiel vor "
        "einer Woche war 1:1 ausgegangen."
    )
    real = [m for m in facts.matches if "real-madrid" in (m.home, m.away)]
    assert [m.score for m in real] == [(1, 4)]
    assert all("real-madrid" not in t.teams for t in facts.ties)


def test_an_english_leg_naming_no_team_after_another_pairs_result_is_not_the_main_pairs():
    facts = read(
        " date 2019-03-06 MADRID (AP) — Ajax beat Real Madrid 4-1 at the Santiago Bernabeu "
        "on Tuesday to reach the Champions League quarterfinals. Earlier on Tuesday, Tottenham "
        "won 1-0 at Borussia Dortmund. The first leg had ended 2-2."
    )
    real = [m for m in facts.matches if "real-madrid" in (m.home, m.away)]
    assert [m.score for m in real] == [(1, 4)]


@pytest.mark.parametrize(
    "text",
    [
        (
            " date 2023-11-05 RIO DE JANEIRO (AP) — Fluminense won the Copa Libertadores final "
            "on Saturday, beating Boca Juniors 2-1 after extra time at the Maracana. Their road to "
            "the final included a tense semifinal against Brazil's Internacional. Fluminense drew "
            "the first leg 2-2 at home and won the return game 2-1 in Porto Alegre."
        ),
        (
            " date 2023-11-05 Rio de Janeiro (dpa) - Fluminense hat am Samstag im Maracanã das "
            "Finale der Copa Libertadores gegen die Boca Juniors mit 2:1 nach Verlängerung "
            "gewonnen. Der Weg ins Endspiel führte über ein Halbfinale gegen Internacional Porto "
            "Alegre. Fluminense gewann das Hinspiel im Maracanã mit 3:0."
        ),
    ],
)
def test_a_leg_of_one_side_after_a_round_against_another_team_is_against_that_team(text):
    facts = read(text)
    boca = [m for m in facts.matches if "boca-juniors" in (m.home, m.away)]
    assert [m.score for m in boca] in ([(2, 1)], [(1, 2)])
    assert all("boca-juniors" not in t.teams for t in facts.ties)


def test_a_leg_line_under_a_listed_result_is_told_in_the_listed_order():
    facts = read(
        " date 2019-04-17 Champions League kompakt: Die Viertelfinal-Rückspiele vom Dienstag.\n\n"
        "FC Barcelona – Manchester United 3:0 (2:0)\n"
        "Tore: 1:0 Messi (16.), 2:0 Messi (20.), 3:0 Coutinho (61.)\n"
        "Hinspiel: 1:0 – Barcelona mit 4:0 im Halbfinale\n\n"
        "Juventus Turin – Ajax Amsterdam 1:2 (1:1)\n"
        "Tore: 1:0 Ronaldo (28.), 1:1 van de Beek (34.), 1:2 de Ligt (67.)\n"
        "Hinspiel: 1:1 – Ajax mit 3:2 im Halbfinale\n"
    )
    legs = {(m.home, m.away, m.score, m.leg) for m in facts.matches}
    assert ("manchester-united", "barcelona", (0, 1), 1) in legs
    assert ("ajax", "juventus", (1, 1), 1) in legs
    assert all(m.score != (1, 0) or m.home != "barcelona" for m in facts.matches)


def test_an_english_leg_line_under_a_listed_result():
    facts = read(
        " date 2019-04-17 Champions League at a glance: the quarterfinal second legs.\n\n"
        "Porto 1, Liverpool 4\n"
        "First leg: 0-2 – Liverpool advance 6-1 on aggregate\n\n"
        "Manchester City 4, Tottenham 3\n"
        "First leg: 0-1 – Tottenham advance on away goals\n"
    )
    legs = {(m.home, m.away, m.score, m.leg) for m in facts.matches}
    assert ("liverpool", "porto", (2, 0), 1) in legs
    assert ("tottenham", "manchester-city", (1, 0), 1) in legs


_LEAD = (
    " date 2019-05-20 There is something about Manchester City and the FA Cup that no bad "
    "season seems able to spoil. On Saturday evening, at Wembley, they won it for a sixth "
    "time, and once again it was Watford who stood in the way. Few had expected a final "
    "this one-sided. Yet in the space of a month they beat Brighton 1-0 in the semi-final, "
    "with Gabriel Jesus scoring the only goal, and then came back to beat Javi Gracia's "
    "Watford 6-0. "
)


def test_the_main_result_is_the_lead_pairs_not_the_road_there():
    facts = read(_LEAD + "In May 2011 City beat Stoke 1-0 in the final.")
    watford = [m for m in facts.matches if "watford" in (m.home, m.away)]
    assert len(watford) == 1
    assert watford[0].stage == "final" and watford[0].date == "2019-05-18"
    assert all(m.stage != "final" for m in facts.matches if "brighton" in (m.home, m.away))


def test_the_main_match_and_a_same_score_final_of_an_earlier_season_stay_apart():
    facts = read(_LEAD + "In May 2013 City beat Watford 6-0 in the final as well.")
    watford = [m for m in facts.matches if "watford" in (m.home, m.away)]
    assert "2019-05-18" in {m.date for m in watford}
    assert all(m.season == "2018-19" for m in watford if m.date == "2019-05-18")
    assert all(m.date in ("2019-05-18", "2013-05") for m in watford)


def test_the_fa_cup_final_of_august_2020_closed_the_2019_20_season():
    facts = read(
        " date 2020-08-02 Arsenal won the FA Cup final against Chelsea on Saturday, beating "
        "them 2-1 at an empty Wembley."
    )
    assert [m.season for m in facts.matches] == ["2019-20"]


@pytest.mark.parametrize(
    "text",
    [
        (
            " date 2021-07-08 Die deutsche Nationalmannschaft hat am Mittwochabend das Halbfinale "
            "der Europameisterschaft gegen England mit 1:2 (0:1) verloren. In der Vorrunde hatte "
            "die DFB-Elf nach einem 2:0 gegen Ungarn Platz eins belegt. Für das deutsche Team "
            "endet damit ein Turnier, in dem es sich im Viertelfinale gegen Portugal im "
            "Elfmeterschießen durchgesetzt hatte. In München stand es nach 120 Minuten 2:2, Kai "
            "Havertz hatte die DFB-Elf in Führung gebracht."
        ),
        (
            " date 2021-07-08 Germany lost 2-1 to England in the semifinals of the European "
            "Championship at Wembley on Wednesday. In the group stage Germany had beaten Hungary "
            "2-0. Germany had come through a quarterfinal against Portugal on penalties. In Munich "
            "it was 2-2 after 120 minutes, with Kai Havertz putting Germany ahead."
        ),
    ],
)
def test_a_level_score_after_a_round_against_one_team_is_against_that_team(text):
    facts = read(text)
    level = [m for m in facts.matches if m.score == (2, 2)]
    assert [{m.home, m.away} for m in level] == [{"germany", "portugal"}]


def test_a_leg_in_a_country_spelt_with_an_umlaut_is_at_that_countrys_club():
    for country, team in (("Österreich", "Sturm Graz"), ("der Türkei", "Fenerbahce")):
        facts = read(
            " date 2023-03-16 Madrid (dpa) - Real Madrid hat das Viertelfinale der Europa "
            "League erreicht. Die Spanier gewannen das Achtelfinal-Rückspiel am Donnerstagabend "
            "im Estadio Santiago Bernabéu mit 2:0 (1:0) gegen den FC Liverpool. Bereits am "
            f"Mittwoch hatte Juventus Turin mit einem 4:1 gegen {team} das Viertelfinale "
            f"erreicht. Das Hinspiel in {country} war 2:2 ausgegangen."
        )
        other = {"Sturm Graz": "sturm-graz", "Fenerbahce": "fenerbahce"}[team]
        legs = {(m.home, m.away, m.score, m.leg) for m in facts.matches}
        assert (other, "juventus", (2, 2), 1) in legs
        assert ("juventus", other, (4, 1), 2) in legs


@pytest.mark.parametrize(
    "text",
    [
        " date 2019-03-07 LONDON (AP) — Tottenham beat Dortmund 1-0 on Tuesday. Spurs are the "
        "only English club left in the competition after Liverpool went out to Porto on "
        "Wednesday despite a 2-0 win at Anfield, having lost the first leg 3-0 at the Dragao.",
        " date 2019-03-07 London (dpa) - Tottenham hat Dortmund am Dienstag mit 1:0 besiegt. Der "
        "FC Liverpool schied dagegen am Mittwoch trotz eines 2:0-Sieges gegen den FC Porto aus, "
        "nachdem er das Hinspiel in Porto mit 0:3 verloren hatte.",
    ],
)
def test_a_leg_told_after_another_result_of_its_side_is_that_pairs_leg(text):
    facts = read(text)
    legs = {(m.home, m.away, m.score, m.leg) for m in facts.matches}
    assert ("porto", "liverpool", (3, 0), 1) in legs
    assert [(t.winner, t.aggregate) for t in facts.ties] == [
        ("porto", {"porto": 3, "liverpool": 2})
    ]


@pytest.mark.parametrize(
    "text",
    [
        " date 2019-03-07 Amsterdam (dpa) - Ajax Amsterdam hat am Dienstagabend in der Johan "
        "Cruijff Arena gegen Juventus Turin mit 3:1 (1:1) gewonnen und damit das 0:2 aus dem "
        "Hinspiel wettgemacht.",
        " date 2019-03-07 Amsterdam (dpa) - Dusan Tadic hat Ajax Amsterdam ins Viertelfinale "
        "geschossen und Juventus Turin in die Krise gestürzt. Die Niederländer gewannen das "
        "Rückspiel am Dienstagabend in der Johan Cruijff Arena mit 3:1 (1:1) und drehten damit "
        "das 0:2 aus dem Hinspiel.",
        " date 2019-03-07 AMSTERDAM (AP) — Ajax beat Juventus 3-1 at the Johan Cruijff Arena on "
        "Tuesday, overturning a 2-0 deficit from the first leg.",
        " date 2019-03-07 AMSTERDAM (AP) — Ajax overturned a 2-0 first-leg deficit to beat "
        "Juventus 3-1 at the Johan Cruijff Arena on Tuesday.",
    ],
)
def test_a_first_leg_deficit_turned_around_is_a_leg_the_subject_lost(text):
    facts = read(text)
    legs = {(m.home, m.away, m.score, m.leg) for m in facts.matches}
    assert ("juventus", "ajax", (2, 0), 1) in legs
    assert [t.winner for t in facts.ties] in ([], ["juventus"])


@pytest.mark.parametrize(
    "text",
    [
        " date 2019-04-17 Champions League kompakt: Die Viertelfinal-Rückspiele vom Dienstag."
        "\n\nFC Barcelona – Manchester United 3:0 (2:0)\n\nAm Mittwochabend:\n"
        "Juventus Turin – Ajax Amsterdam (Hinspiel 1:1)\n"
        "Manchester City – Tottenham Hotspur (Hinspiel 0:1)\n",
        " date 2019-04-17 Champions League at a glance: the quarterfinal second legs.\n\n"
        "Barcelona 3, Manchester United 0\n\nWednesday:\n"
        "Juventus v Ajax (first leg 1-1)\nManchester City v Tottenham (first leg 0-1)\n",
    ],
)
def test_a_fixture_line_with_its_first_leg_tells_that_leg(text):
    facts = read(text)
    legs = {(m.home, m.away, m.score, m.leg) for m in facts.matches}
    assert ("ajax", "juventus", (1, 1), 1) in legs
    assert ("tottenham", "manchester-city", (1, 0), 1) in legs


@pytest.mark.parametrize(
    "text",
    [
        " date 2019-04-18 Turin (dpa) - Ajax Amsterdam hat Juventus Turin am Dienstagabend aus "
        "der Champions League geworfen. Bereits am Dienstagabend hatte der FC Porto den FC "
        "Liverpool mit 4:3 nach Verlängerung ausgeschaltet, Tottenham setzte sich nach einem "
        "0:0 bei Manchester City durch.",
        " date 2019-04-18 TURIN (AP) — Ajax knocked Juventus out of the Champions League on "
        "Tuesday. On Tuesday, Porto had eliminated Liverpool 4-3 after extra time, while "
        "Tottenham went through after a 0-0 draw at Manchester City.",
    ],
)
def test_two_results_each_with_its_own_going_through_are_two_ties(text):
    facts = read(text)
    porto = [t for t in facts.ties if set(t.teams) == {"porto", "liverpool"}]
    assert [(t.winner, t.decided_by) for t in porto] == [("porto", "extra_time")]


def test_a_team_a_round_sentence_names_without_against_is_no_legs_opponent():
    facts = read(
        " date 2019-05-08 LIVERPOOL (AP) — Liverpool beat Barcelona 4-0 at Anfield on Tuesday "
        "to reach the Champions League final. Before the semifinal Liverpool had watched "
        "Tottenham with interest. Liverpool had lost the first leg 3-0 at the Camp Nou."
    )
    assert all("tottenham" not in (m.home, m.away) for m in facts.matches)


@pytest.mark.parametrize(
    "text",
    [
        " date 2019-05-20 LONDON (AP) — Manchester City won the FA Cup on Saturday, beating "
        "Watford 6-0 in the final at Wembley. A month earlier City had beaten Brighton 1-0 in "
        "the semi-final.",
        " date 2019-05-20 London (dpa) - Manchester City hat am Samstag im Wembley-Stadion das "
        "Finale des FA Cups gegen den FC Watford mit 6:0 gewonnen. Im Halbfinale hatte City "
        "einen Monat zuvor Brighton & Hove Albion mit 1:0 besiegt.",
    ],
)
def test_an_fa_cup_semi_final_is_one_match_at_a_neutral_ground(text):
    facts = read(text)
    semi = [m for m in facts.matches if "brighton" in (m.home, m.away)]
    assert [(m.score, m.neutral, m.stage) for m in semi] in (
        [((1, 0), True, "semi-final")],
        [((0, 1), True, "semi-final")],
    )


def test_a_side_that_failed_at_another_went_out_to_it_in_the_season_told():
    facts = read(
        " date 2019-03-14 München (dpa) - Der FC Bayern München ist im Achtelfinale der "
        "Champions League ausgeschieden. Die Münchner verloren am Mittwochabend gegen den FC "
        "Liverpool mit 1:3 (1:1). Trainer Niko Kovac war enttäuscht. In der vergangenen Saison "
        "war der FC Bayern erst im Halbfinale an Real Madrid gescheitert, nun ist früher "
        "Schluss."
    )
    real = [t for t in facts.ties if "real-madrid" in t.teams]
    assert [(t.winner, t.season, t.stage) for t in real] == [
        ("real-madrid", "2017-18", "semi-final")
    ]


def test_a_tie_told_of_last_season_is_that_seasons():
    facts = read(
        " date 2019-03-14 LIVERPOOL, England (AP) — Liverpool beat Bayern Munich 3-1 on "
        "Wednesday in the Champions League. Sadio Mane scored twice. Last season Real Madrid had "
        "knocked out Bayern "
        "Munich in the semifinals."
    )
    real = [t for t in facts.ties if "real-madrid" in t.teams]
    assert [t.season for t in real] in ([], ["2017-18"])
