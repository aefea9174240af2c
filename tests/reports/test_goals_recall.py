"""Goal phrase families the reader used to miss on unseen reports, in sentences written
for these tests: minutes listed after a scorer, a minute told before the scorer, a
possessive scorer with a relative minute, and goals of a match told in passing."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for as read


def rows(match: Match) -> list[tuple]:
    return [(g.minute, g.added, g.player, g.penalty) for g in match.goals or []]


# "X scored twice, in the 20th and 41st minutes": one scorer, the minutes after a comma.


def test_two_goals_of_one_scorer_with_minutes_listed_after_en():
    (match,) = read(
        "Lyon beat Nantes 3-0 on Saturday. Rayan Cherki opened the scoring in the 12th "
        "minute. Alexandre Lacazette added two more after the interval, in the 58th and "
        "83rd minutes.",
        Match("lyon", "nantes", (3, 0)),
    )
    assert rows(match) == [
        (12, None, "Rayan Cherki", False),
        (58, None, "Alexandre Lacazette", False),
        (83, None, "Alexandre Lacazette", False),
    ]


def test_scored_twice_then_both_minutes_de():
    (match,) = read(
        "RB Leipzig gewann am Samstag 3:0 gegen den FSV Mainz 05. Lois Openda traf vor der "
        "Pause doppelt, in der 18. und 39. Minute. Xavi Simons erhöhte in der 75. Minute "
        "auf 3:0.",
        Match("rb-leipzig", "mainz-05", (3, 0)),
        lang="de",
    )
    assert rows(match) == [
        (18, None, "Lois Openda", False),
        (39, None, "Lois Openda", False),
        (75, None, "Xavi Simons", False),
    ]


def test_three_minutes_in_a_list_after_the_first_en():
    (match,) = read(
        "Bayern Munich beat Mainz 4-0 at home on Saturday. Harry Kane scored in the 9th, "
        "36th and 71st minutes, and Jamal Musiala headed in the fourth in the 88th minute.",
        Match("bayern-munich", "mainz-05", (4, 0)),
    )
    assert [(m, p) for m, _, p, _ in rows(match)] == [
        (9, "Harry Kane"),
        (36, "Harry Kane"),
        (71, "Harry Kane"),
        (88, "Jamal Musiala"),
    ]


def test_three_minutes_in_a_list_de():
    (match,) = read(
        "Der FC Bayern München gewann am Samstag 3:0 gegen den FSV Mainz 05. Harry Kane "
        "traf in der 9., 36. und 71. Minute.",
        Match("bayern-munich", "mainz-05", (3, 0)),
        lang="de",
    )
    assert [(m, p) for m, _, p, _ in rows(match)] == [
        (9, "Harry Kane"),
        (36, "Harry Kane"),
        (71, "Harry Kane"),
    ]


def test_listed_minutes_need_the_count_the_claim_gives():
    (match,) = read(
        "Lyon beat Nantes 3-0 on Saturday. Alexandre Lacazette scored before the break, in "
        "the 20th and 41st minutes, and someone else added a late third.",
        Match("lyon", "nantes", (3, 0)),
    )
    assert all(g.player == "Alexandre Lacazette" for g in match.goals or [])
    assert not any(g.minute == 41 and g.player != "Alexandre Lacazette" for g in match.goals or [])


# "In the 62nd X equalized": the ordinal stands before the scorer, without "minute".


def test_ordinal_before_the_scorer_and_a_rebound_is_no_penalty_en():
    (match,) = read(
        "Lyon drew 1-1 with Nantes on Saturday. Moses Simon put Nantes ahead in the 27th "
        "minute. In the 64th Alexandre Lacazette equalized, scoring on the rebound after "
        "the goalkeeper had saved his penalty.",
        Match("lyon", "nantes", (1, 1)),
    )
    assert rows(match) == [
        (27, None, "Moses Simon", False),
        (64, None, "Alexandre Lacazette", False),
    ]


def test_minute_before_the_scorer_with_saved_penalty_de():
    (match,) = read(
        "RB Leipzig spielte am Samstag 1:1 gegen den FSV Mainz 05. Jonathan Burkardt "
        "brachte Mainz in der 27. Minute in Führung. In der 64. Minute glich Lois Openda im "
        "Nachschuss aus, nachdem der Torwart seinen Elfmeter pariert hatte.",
        Match("rb-leipzig", "mainz-05", (1, 1)),
        lang="de",
    )
    assert rows(match) == [
        (27, None, "Jonathan Burkardt", False),
        (64, None, "Lois Openda", False),
    ]


def test_ordinal_before_a_capitalised_word_that_is_no_scorer_stays_unread():
    (match,) = read(
        "Lyon beat Nantes 1-0 on Saturday. The club finished in the 3rd Division twice. "
        "Rayan Cherki scored the only goal in the 50th minute.",
        Match("lyon", "nantes", (1, 0)),
    )
    assert rows(match) == [(50, None, "Rayan Cherki", False)]


# "Two minutes later X's shot beat the goalkeeper": a possessive scorer, a relative time.


def test_possessive_shot_that_beat_the_keeper_after_a_relative_minute_en():
    (match,) = read(
        "Lyon beat Nantes 2-1 on Saturday. Moses Simon put Nantes ahead in the 30th minute. "
        "Three minutes later Rayan Cherki's low shot from the edge of the box beat Alban "
        "Lafont. Alexandre Lacazette scored the winner in the 70th minute.",
        Match("lyon", "nantes", (2, 1)),
    )
    assert [(m, p) for m, _, p, _ in rows(match)] == [
        (30, "Moses Simon"),
        (33, "Rayan Cherki"),
        (70, "Alexandre Lacazette"),
    ]


def test_possessive_shot_that_was_saved_is_no_goal_en():
    (match,) = read(
        "Lyon beat Nantes 1-0 on Saturday. In the 20th minute Moses Simon's shot beat the "
        "first defender but was saved. Rayan Cherki scored the only goal in the 50th minute.",
        Match("lyon", "nantes", (1, 0)),
    )
    assert rows(match) == [(50, None, "Rayan Cherki", False)]


def test_relative_minute_before_the_scorer_de():
    (match,) = read(
        "RB Leipzig spielte am Samstag 1:1 gegen den FSV Mainz 05. Jonathan Burkardt "
        "brachte Mainz in der 30. Minute in Führung. Drei Minuten später glich Lois Openda "
        "mit einem Flachschuss aus.",
        Match("rb-leipzig", "mainz-05", (1, 1)),
        lang="de",
    )
    assert [(m, p) for m, _, p, _ in rows(match)] == [
        (30, "Jonathan Burkardt"),
        (33, "Lois Openda"),
    ]


# A match told in passing at a named place: the place's club does not make it foreign.


def test_match_in_passing_at_a_club_town_keeps_its_goals_de():
    main = Match("bayern-munich", "mainz-05", (2, 0))
    other = Match("borussia-dortmund", "vfl-wolfsburg", (2, 0))
    read(
        "Der FC Bayern München gewann am Samstag 2:0 gegen den FSV Mainz 05. Harry Kane "
        "traf in der 20. Minute, Jamal Musiala in der 70. Minute. Die Bayern bleiben "
        "Tabellenführer.\n\nBorussia Dortmund hatte sich am Freitag in Leipzig mit einem 2:0 "
        "gegen den VfL Wolfsburg durchgesetzt. Marco Reus traf in der 11. und 58. Minute.",
        main,
        other,
        lang="de",
    )
    assert [(g.minute, g.player) for g in main.goals] == [(20, "Harry Kane"), (70, "Jamal Musiala")]
    assert [(g.minute, g.player, g.team) for g in other.goals or []] == [
        (11, "Marco Reus", "borussia-dortmund"),
        (58, "Marco Reus", "borussia-dortmund"),
    ]


# "with goals from A and B", "a Reus penalty": goals of a match told in passing.

MAIN_EN = (
    "Bayern Munich beat Mainz 2-0 at home on Saturday. Harry Kane scored in the 20th minute "
    "and Jamal Musiala in the 70th minute. "
)
MAIN_DE = (
    "Der FC Bayern München gewann am Samstag 2:0 gegen den FSV Mainz 05. Harry Kane traf in "
    "der 20. Minute, Jamal Musiala in der 70. Minute. "
)


def scorers(match: Match) -> list[tuple]:
    return [(g.player, g.minute, g.team, g.penalty) for g in match.goals or []]


def test_goals_from_a_list_of_scorers_en():
    main = Match("bayern-munich", "mainz-05", (2, 0))
    other = Match("borussia-dortmund", "vfl-wolfsburg", (2, 0))
    read(
        MAIN_EN + "Later, Borussia Dortmund beat VfL Wolfsburg 2-0 with goals from Marco Reus "
        "and Karim Adeyemi.",
        main,
        other,
    )
    assert scorers(other) == [
        ("Marco Reus", None, "borussia-dortmund", False),
        ("Karim Adeyemi", None, "borussia-dortmund", False),
    ]


def test_tore_von_einer_liste_de():
    main = Match("bayern-munich", "mainz-05", (2, 0))
    other = Match("vfl-wolfsburg", "borussia-dortmund", (0, 2))
    read(
        MAIN_DE + "Borussia Dortmund siegte 2:0 beim VfL Wolfsburg durch Tore von Marco Reus "
        "und Karim Adeyemi.",
        main,
        other,
        lang="de",
    )
    assert scorers(other) == [
        ("Marco Reus", None, "borussia-dortmund", False),
        ("Karim Adeyemi", None, "borussia-dortmund", False),
    ]


def test_a_goal_from_one_name_then_another_name_is_not_a_list_en():
    main = Match("bayern-munich", "mainz-05", (2, 0))
    other = Match("borussia-dortmund", "vfl-wolfsburg", (2, 0))
    read(
        MAIN_EN + "Later, Borussia Dortmund beat VfL Wolfsburg 2-0 with goals from Marco Reus, "
        "whom coach Niko Kovac praised afterwards.",
        main,
        other,
    )
    assert "Niko Kovac" not in [g.player for g in other.goals or []]


def test_a_named_penalty_in_passing_en():
    main = Match("bayern-munich", "mainz-05", (2, 0))
    other = Match("vfl-wolfsburg", "borussia-dortmund", (0, 1))
    read(
        MAIN_EN + "Borussia Dortmund won 1-0 at VfL Wolfsburg thanks to a Marco Reus penalty "
        "in the 77th minute.",
        main,
        other,
    )
    assert scorers(other) == [("Marco Reus", 77, "borussia-dortmund", True)]


def test_a_named_penalty_that_was_saved_is_no_goal_en():
    main = Match("bayern-munich", "mainz-05", (2, 0))
    other = Match("vfl-wolfsburg", "borussia-dortmund", (0, 0))
    read(
        MAIN_EN + "Borussia Dortmund drew 0-0 at VfL Wolfsburg, where a Marco Reus penalty was "
        "saved in the 77th minute.",
        main,
        other,
    )
    assert other.goals == []


# "A 20th-minute penalty from X": the scorer named after the kind of goal.


def test_penalty_from_a_name_names_the_scorer_en():
    (match,) = read(
        "Bayern Munich beat Mainz 2-0 at home on Saturday. A 20th-minute penalty from Harry "
        "Kane put Bayern ahead. Jamal Musiala made it 2-0 in the 60th minute.",
        Match("bayern-munich", "mainz-05", (2, 0)),
    )
    assert rows(match) == [(20, None, "Harry Kane", True), (60, None, "Jamal Musiala", False)]


def test_foulelfmeter_von_einem_namen_de():
    (match,) = read(
        "Der FC Bayern München gewann am Samstag 2:0 gegen den FSV Mainz 05. Ein "
        "Foulelfmeter von Harry Kane brachte die Führung (20.). Jamal Musiala erhöhte in der "
        "60. Minute auf 2:0.",
        Match("bayern-munich", "mainz-05", (2, 0)),
        lang="de",
    )
    assert rows(match) == [(20, None, "Harry Kane", True), (60, None, "Jamal Musiala", False)]


def test_a_penalty_won_from_someone_does_not_make_him_the_scorer_en():
    (match,) = read(
        "Bayern Munich beat Mainz 2-0 at home on Saturday. In the 19th minute Bayern won a "
        "penalty from Dominik Kohr and scored it. Jamal Musiala made it 2-0 in the 60th "
        "minute.",
        Match("bayern-munich", "mainz-05", (2, 0)),
    )
    assert "Dominik Kohr" not in [g.player for g in match.goals or []]


def test_ordinal_before_the_scorer_inside_a_sentence_en():
    (match,) = read(
        "Lyon drew 1-1 with Nantes on Saturday. Moses Simon put Nantes ahead in the 27th "
        "minute, but in the 66th Alexandre Lacazette equalized from close range.",
        Match("lyon", "nantes", (1, 1)),
    )
    assert rows(match) == [
        (27, None, "Moses Simon", False),
        (66, None, "Alexandre Lacazette", False),
    ]


# Two scorers in one German clause: each minute goes to its own scorer.


def test_elliptic_first_minute_before_und_de():
    (match,) = read(
        "Der FC Bayern München gewann am Samstag 2:1 gegen den FSV Mainz 05. Jonathan "
        "Burkardt brachte Mainz in der 30. Minute in Führung. Harry Kane glich in der 34. und "
        "Jamal Musiala traf in der 77. Minute zum 2:1.",
        Match("bayern-munich", "mainz-05", (2, 1)),
        lang="de",
    )
    assert [(m, p) for m, _, p, _ in rows(match)] == [
        (30, "Jonathan Burkardt"),
        (34, "Harry Kane"),
        (77, "Jamal Musiala"),
    ]


def test_minute_after_a_second_scorer_joined_by_und_is_his_de():
    (match,) = read(
        "Der FC Bayern München gewann am Samstag 2:1 gegen den FSV Mainz 05. Jonathan "
        "Burkardt brachte Mainz in der 30. Minute in Führung. Harry Kane glich kurz darauf "
        "aus und Jamal Musiala traf in der 77. Minute zum 2:1.",
        Match("bayern-munich", "mainz-05", (2, 1)),
        lang="de",
    )
    assert (77, "Harry Kane") not in [(g.minute, g.player) for g in match.goals or []]
    assert (77, "Jamal Musiala") in [(g.minute, g.player) for g in match.goals or []]


# "Reus scored twice as Dortmund beat Wolfsburg": the scorer's clause names no team.


def test_scorer_clause_before_an_as_clause_of_another_match_en():
    main = Match("bayern-munich", "mainz-05", (2, 0))
    other = Match("borussia-dortmund", "vfl-wolfsburg", (2, 0))
    read(
        MAIN_EN + "On Friday, Marco Reus scored twice as Borussia Dortmund beat VfL Wolfsburg 2-0.",
        main,
        other,
    )
    assert [(g.minute, g.player) for g in main.goals] == [(20, "Harry Kane"), (70, "Jamal Musiala")]
    assert scorers(other) == [
        ("Marco Reus", None, "borussia-dortmund", False),
        ("Marco Reus", None, "borussia-dortmund", False),
    ]


def test_torschuetze_vor_einem_als_satz_eines_anderen_spiels_de():
    main = Match("bayern-munich", "mainz-05", (2, 0))
    other = Match("borussia-dortmund", "vfl-wolfsburg", (2, 0))
    read(
        MAIN_DE + "Am Freitag traf Marco Reus doppelt, als Borussia Dortmund den VfL Wolfsburg "
        "mit 2:0 besiegte.",
        main,
        other,
        lang="de",
    )
    assert [p for p, *_ in scorers(other)] == ["Marco Reus", "Marco Reus"]


def test_scorer_of_the_main_match_a_week_after_another_result_stays_en():
    main = Match("bayern-munich", "mainz-05", (2, 0))
    other = Match("borussia-dortmund", "vfl-wolfsburg", (2, 0))
    read(
        "Bayern Munich beat Mainz 2-0 at home on Saturday. Harry Kane scored twice, a week "
        "after Borussia Dortmund beat VfL Wolfsburg 2-0.",
        main,
        other,
    )
    assert "Harry Kane" not in [g.player for g in other.goals or []]


# Two legs in passing between the same teams: the clause's score picks the leg.


def test_leg_in_passing_found_by_its_score_de():
    main = Match("bayern-munich", "mainz-05", (2, 0))
    first = Match("borussia-dortmund", "vfl-wolfsburg", (0, 0))
    second = Match("vfl-wolfsburg", "borussia-dortmund", (0, 1))
    read(
        MAIN_DE + "Die Bayern bleiben vor Mainz.\n\nIm Pokal hatte Borussia Dortmund zuvor "
        "gegen den VfL Wolfsburg 0:0 "
        "gespielt. Dann gewann Borussia Dortmund das Rückspiel beim VfL Wolfsburg durch ein "
        "spätes Tor von Marco Reus mit 1:0.",
        main,
        first,
        second,
        lang="de",
    )
    assert scorers(second) == [("Marco Reus", None, "borussia-dortmund", False)]
    assert first.goals == []


def test_leg_in_passing_found_by_its_score_en():
    main = Match("bayern-munich", "mainz-05", (2, 0))
    first = Match("borussia-dortmund", "vfl-wolfsburg", (0, 0))
    second = Match("vfl-wolfsburg", "borussia-dortmund", (0, 1))
    read(
        MAIN_EN + "Bayern stay ahead of Mainz.\n\nIn the cup, Borussia Dortmund had drawn "
        "0-0 with VfL Wolfsburg. Then "
        "Borussia Dortmund won 1-0 at VfL Wolfsburg with a late goal from Marco Reus.",
        main,
        first,
        second,
    )
    assert scorers(second) == [("Marco Reus", None, "borussia-dortmund", False)]


def test_goals_of_an_unread_first_leg_stay_off_a_tie_told_in_passing_de():
    """A preview whose own first leg is told only as a lead (`1:0-Vorsprung`): the goal
    of that first leg must not go to the first leg of an earlier round's tie."""
    from tests.reports.helpers import read as read_text

    facts = read_text(
        " date 2024-05-02 Dortmund (dpa) - Borussia Dortmund empfängt am Dienstagabend Paris"
        " Saint-Germain zum Rückspiel im Halbfinale der Champions League. Mit einem"
        " 1:0-Vorsprung aus dem Hinspiel geht der BVB in die Partie.\n\nVor einer Woche hatte"
        " Dortmund in Paris einen Traumstart erwischt. Niclas Füllkrug traf bereits in der"
        " dritten Minute zum 1:0 für die Gäste.\n\nIm Viertelfinale hatte Dortmund gegen"
        " Atlético Madrid nach einem 1:1 im Hinspiel zu Hause im Estadio Metropolitano mit 3:2"
        " gewonnen."
    )
    first = [m for m in facts.matches if m.score == (1, 1)]
    assert [(m.home, m.away, m.leg) for m in first] == [("borussia-dortmund", "atletico-madrid", 1)]
    assert not first[0].goals


def test_mit_zwei_treffern_counts_two_goals_so_a_wrong_list_is_not_filled_de():
    """`mit zwei Treffern` is two goals: with it the names told for the 3:2 are six, not
    five, so no list is made from a name that scored in the other leg."""
    from tests.reports.helpers import read as read_text

    facts = read_text(
        " date 2022-04-15 Frankfurt (SID) - Eintracht Frankfurt steht im Halbfinale der"
        " Europa League. Im Viertelfinale hatte Frankfurt gegen den FC Barcelona nach einem"
        " 1:1 im Hinspiel zu Hause – Knauff traf für die Eintracht, Ferran Torres für Barça –"
        " im Camp Nou mit 3:2 gewonnen. Filip Kostic war dort mit zwei Treffern der Mann des"
        " Abends, dazu traf Rafael Borré. Sergio Busquets und Memphis Depay verkürzten erst in"
        " der Schlussphase."
    )
    [second] = [m for m in facts.matches if m.score == (2, 3)]
    assert not any(g.player == "Knauff" for g in second.goals or [])


def test_goals_of_an_unread_final_stay_off_last_weeks_league_game_de():
    """The lead tells the final's 3:1; if that result is not read, the same pair's league
    game told later (2:1) must not take the final's goals."""
    from tests.reports.helpers import read as read_text

    facts = read_text(
        " date 2019-05-26 Eintracht Frankfurt ist DFB-Pokalsieger. Im Finale am Samstagabend"
        " im Berliner Olympiastadion besiegte die Mannschaft von Interimstrainer Max Muster"
        " den SC Freiburg verdient mit 3:1 (2:0).\n\nNach der Pause verkürzte Vincenzo Grifo"
        " in der 70. Minute, ehe Luka Jovic in der 88. Minute alles klar machte.\n\nEine"
        " Woche zuvor hatte"
        " Frankfurt in der Bundesliga im eigenen Stadion mit 2:1 gegen Freiburg gewonnen."
    )
    league = [m for m in facts.matches if m.score == (2, 1)]
    assert [(m.home, m.away) for m in league] == [("eintracht-frankfurt", "sc-freiburg")]
    assert not league[0].goals
