"""The last precision guard on goals: each flag and relative minute must stand by its goal.

Whole reports go through read_report (what a user would see); the guard is also handed
goals with a flag or minute put on the wrong goal, as the goal reader has done before on
reports it had not seen, and must take back exactly that.
"""

from __future__ import annotations

from bot.facts import Goal, Match
from bot.reports.goals.factcheck import check_goals
from bot.reports.goals.placing import reading_of
from bot.reports.text.document import build_document
from bot.teams.resolver import TeamResolver
from tests.reports.helpers import match, read

RESOLVER = TeamResolver.default()
EN = " date 2024-04-10 Arsenal beat Chelsea 2-0 at the Emirates on Tuesday night. "
DE = " date 2013-05-01 Real Madrid hat am Dienstagabend mit 0:2 bei Borussia Dortmund verloren. "


def seen(found: Match) -> list[tuple]:
    return [(g.player, g.minute, g.penalty, g.own_goal) for g in found.goals or []]


def guarded(text: str, home: str, away: str, score, *goals: tuple) -> Match:
    """Goals as a reader might have misread them, each with the sentence naming it."""
    doc = build_document(text, RESOLVER)
    game = Match(home, away, score)
    reading_of(doc, [game])
    game.goals = []
    for player, minute, penalty, own, inferred in goals:
        at = doc.text.index(player.split()[-1])
        sentence = doc.sentence_at(at).text
        game.goals.append(
            Goal(
                home,
                player,
                minute,
                penalty=penalty,
                own_goal=own,
                inferred=inferred,
                evidence=sentence,
            )
        )
    check_goals(doc, [game])
    return game


def test_penalty_of_the_first_goal_does_not_spread_to_the_second_en():
    text = (
        EN + "Bukayo Saka converted a penalty in the 12th minute and Kai Havertz finished a "
        "sweeping counterattack in the 70th."
    )
    game = guarded(
        text,
        "arsenal",
        "chelsea",
        (2, 0),
        ("Bukayo Saka", 12, True, False, False),
        ("Kai Havertz", 70, True, False, False),
    )
    assert seen(game) == [("Bukayo Saka", 12, True, False), ("Kai Havertz", 70, False, False)]


def test_flag_moves_to_the_goal_whose_part_holds_the_kick_de():
    text = (
        DE + "Marco Reus traf in der 9. Minute per Kopf und Robert Lewandowski verwandelte in "
        "der 36. Minute einen Foulelfmeter."
    )
    game = guarded(
        text,
        "borussia-dortmund",
        "real-madrid",
        (2, 0),
        ("Marco Reus", 9, True, False, False),
        ("Robert Lewandowski", 36, False, False, False),
    )
    assert seen(game) == [
        ("Marco Reus", 9, False, False),
        ("Robert Lewandowski", 36, True, False),
    ]


def test_a_saved_penalty_before_a_rebound_is_no_penalty_goal():
    text = (
        EN + "Bukayo Saka scored in the 12th minute. Kai Havertz made it two in the 70th, "
        "tapping in the rebound after Robert Sanchez had saved his penalty."
    )
    game = guarded(
        text,
        "arsenal",
        "chelsea",
        (2, 0),
        ("Bukayo Saka", 12, False, False, False),
        ("Kai Havertz", 70, True, False, False),
    )
    assert seen(game)[1] == ("Kai Havertz", 70, False, False)


def test_a_converted_penalty_keeps_its_flag_even_with_a_save_nearby_de():
    text = (
        DE + "Marco Reus verwandelte in der 9. Minute einen Elfmeter sicher, nachdem Casillas "
        "zuvor einen Schuss von Mario Götze pariert hatte."
    )
    game = guarded(
        text, "borussia-dortmund", "real-madrid", (2, 0), ("Marco Reus", 9, True, False, False)
    )
    assert seen(game) == [("Marco Reus", 9, True, False)]


def test_minutes_later_belongs_to_the_one_named_in_its_clause():
    text = (
        EN + "Bukayo Saka headed in the opener in the 12th minute. Two minutes later Declan "
        "Rice's shot from distance beat Robert Sanchez, and in the 70th Kai Havertz scored."
    )
    game = guarded(
        text,
        "arsenal",
        "chelsea",
        (3, 0),
        ("Bukayo Saka", 12, False, False, False),
        ("Kai Havertz", 14, False, False, True),
    )
    assert seen(game) == [("Bukayo Saka", 12, False, False)]


def test_minuten_spaeter_with_the_scorer_named_after_the_verb_stays():
    text = (
        DE + "Marco Reus traf vom Punkt zum 1:0 (9.), zwei Minuten später erhöhte Robert "
        "Lewandowski nach einem Konter."
    )
    game = guarded(
        text,
        "borussia-dortmund",
        "real-madrid",
        (2, 0),
        ("Marco Reus", 9, True, False, False),
        ("Robert Lewandowski", 11, True, False, True),
    )
    assert seen(game) == [("Marco Reus", 9, True, False), ("Robert Lewandowski", 11, False, False)]


def test_own_goal_flag_on_the_wrong_goal_is_taken_back_de():
    text = (
        DE + "Sergio Ramos lenkte in der 9. Minute den Ball ins eigene Tor und Robert "
        "Lewandowski erhöhte in der 36. Minute."
    )
    game = guarded(
        text,
        "borussia-dortmund",
        "real-madrid",
        (2, 0),
        ("Sergio Ramos", 9, False, True, False),
        ("Robert Lewandowski", 36, False, True, False),
    )
    assert seen(game) == [
        ("Sergio Ramos", 9, False, True),
        ("Robert Lewandowski", 36, False, False),
    ]


def test_twice_the_same_goal_is_one_and_a_side_cannot_outscore_its_score():
    text = EN + "Bukayo Saka scored in the 12th minute. Kai Havertz scored in the 70th minute."
    game = guarded(
        text,
        "arsenal",
        "chelsea",
        (1, 1),
        ("Bukayo Saka", 12, False, False, False),
        ("Bukayo Saka", 12, False, False, False),
    )
    assert seen(game) == [("Bukayo Saka", 12, False, False)]
    game = guarded(
        text,
        "arsenal",
        "chelsea",
        (1, 1),
        ("Bukayo Saka", 12, False, False, False),
        ("Kai Havertz", 70, False, False, False),
    )
    assert game.goals is None


def test_reports_read_whole_show_each_flag_only_on_its_goal():
    facts = read(
        " date 2022-12-19 France drew 2-2 with Argentina in the World Cup final on Sunday. "
        "Kylian Mbappe scored from the spot in the 80th minute and volleyed in an equalizer a "
        "minute later."
    )
    assert seen(match(facts, "france", "argentina")) == [
        ("Kylian Mbappe", 80, True, False),
        ("Kylian Mbappe", 81, False, False),
    ]
    facts = read(
        DE + "Marco Reus traf in der 9. Minute vom Punkt und erhöhte zwei Minuten später per Kopf."
    )
    assert seen(match(facts, "borussia-dortmund", "real-madrid")) == [
        ("Marco Reus", 9, True, False),
        ("Marco Reus", 11, False, False),
    ]


def test_a_relative_minute_in_another_players_clause_gives_no_goal():
    facts = read(
        " date 2005-05-26 Liverpool and AC Milan drew 3-3 in the Champions League final in "
        "Istanbul on Wednesday. Steven Gerrard headed in the first in the 54th minute. Two "
        "minutes later, Vladimir Smicer's low drive beat Dida, and in the 60th Xabi Alonso "
        "levelled after Dida had saved his penalty."
    )
    goals = seen(match(facts, "ac-milan", "liverpool"))
    assert ("Xabi Alonso", 56, False, False) not in goals
    assert all(not penalty for _, _, penalty, _ in goals)


def test_a_minute_the_sentences_do_not_state_loses_the_goal():
    text = EN + "Chelsea had the better start. Bukayo Saka scored in the 52nd minute."
    game = guarded(
        text,
        "arsenal",
        "chelsea",
        (2, 0),
        ("Bukayo Saka", 25, False, False, False),
        ("Bukayo Saka", 52, False, False, False),
    )
    assert seen(game) == [("Bukayo Saka", 52, False, False)]


def test_zwei_minuten_spaeter_of_a_miss_gives_the_later_scorer_no_goal():
    text = (
        DE + "Marco Reus traf in der 9. Minute. Zwei Minuten später scheiterte Mario Götze "
        "mit einem Elfmeter an Casillas, und Robert Lewandowski traf in der 60. Minute."
    )
    game = guarded(
        text,
        "borussia-dortmund",
        "real-madrid",
        (3, 0),
        ("Marco Reus", 9, False, False, False),
        ("Robert Lewandowski", 11, True, False, True),
        ("Robert Lewandowski", 60, True, False, False),
    )
    assert seen(game) == [("Marco Reus", 9, False, False), ("Robert Lewandowski", 60, False, False)]
