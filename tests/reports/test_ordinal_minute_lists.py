"""A list of three ordinal minutes after a counted claim (`scored all three goals, in the
12th, 40th and 71st minutes`, `erzielte alle drei Tore, in der 12., 40. und 71. Minute`)
is one clause that times each goal; the comma inside the list ends no clause. Sentences
written for these tests."""

from __future__ import annotations

from bot.facts import Match
from bot.reports.clauses.scenes import split_clauses
from tests.reports.helpers import goals_for


def read(body: str, lang: str, match: Match) -> list[tuple]:
    goals_for(body, match, lang=lang)
    return sorted((g.player, g.minute, g.team) for g in match.goals or [])


def test_three_goals_timed_by_a_list_of_ordinals():
    match = Match("real-madrid", "sevilla", (3, 0))
    body = (
        "Real Madrid beat Sevilla 3-0 on Tuesday. Vinicius Junior scored all three goals "
        "for Real Madrid, in the 12th, 40th and 71st minutes."
    )
    assert read(body, "en", match) == [
        ("Vinicius Junior", 12, "real-madrid"),
        ("Vinicius Junior", 40, "real-madrid"),
        ("Vinicius Junior", 71, "real-madrid"),
    ]


def test_hat_trick_timed_by_a_list_of_ordinals():
    match = Match("napoli", "lazio", (3, 1))
    body = (
        "Napoli beat Lazio 3-1 at the Maradona. Victor Osimhen scored a hat-trick, in the "
        "9th, 33rd and 58th minutes, and Ciro Immobile pulled one back in the 80th minute."
    )
    assert read(body, "en", match) == [
        ("Ciro Immobile", 80, None),
        ("Victor Osimhen", 9, None),
        ("Victor Osimhen", 33, None),
        ("Victor Osimhen", 58, None),
    ]


def test_german_list_of_ordinal_minutes():
    match = Match("real-madrid", "sevilla", (3, 0))
    body = (
        "Real Madrid schlug Sevilla 3:0. Vinicius Junior erzielte alle drei Tore, in der "
        "12., 40. und 71. Minute."
    )
    assert read(body, "de", match) == [
        ("Vinicius Junior", 12, "real-madrid"),
        ("Vinicius Junior", 40, "real-madrid"),
        ("Vinicius Junior", 71, "real-madrid"),
    ]


def test_comma_after_a_single_ordinal_still_ends_the_clause():
    text = "He scored in the 12th, 40 minutes later it was over, and in the 80th, Kane added one."
    assert [text[a:b] for a, b in split_clauses(text)] == [
        "He scored in the 12th",
        "40 minutes later it was over",
        "and in the 80th",
        "Kane added one.",
    ]


def test_three_goals_of_a_named_side_timed_by_a_list():
    match = Match("peru", "colombia", (1, 3))
    body = (
        "Colombia won 3-1 in Lima. In Lima, Gianluca Lapadula put Peru ahead in the fifth "
        "minute before Luis Diaz scored all three Colombia goals, in the 22nd, 49th and 85th "
        "minutes."
    )
    assert read(body, "en", match) == [
        ("Gianluca Lapadula", 5, "peru"),
        ("Luis Diaz", 22, "colombia"),
        ("Luis Diaz", 49, "colombia"),
        ("Luis Diaz", 85, "colombia"),
    ]
