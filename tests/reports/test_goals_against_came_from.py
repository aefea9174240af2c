"""`Chelsea's goals against Galatasaray came from X and Y` / `Die Tore gegen Galatasaray
fielen durch X und Y`: the opponent named between the goals and their scorers leaves the
list of scorers whole. Sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def read(body: str, lang: str, match: Match) -> list[tuple]:
    goals_for(body, match, lang=lang)
    return sorted((g.player, g.minute, g.team) for g in match.goals or [])


def test_goals_against_a_named_side_came_from():
    match = Match("arsenal", "napoli", (2, 0))
    body = (
        "Arsenal beat Napoli 2-0 on Tuesday. Arsenal's goals against Napoli came from "
        "Bukayo Saka and Declan Rice, both before half-time."
    )
    assert read(body, "en", match) == [
        ("Bukayo Saka", None, "arsenal"),
        ("Declan Rice", None, "arsenal"),
    ]


def test_german_goals_against_a_named_side_fell_through():
    match = Match("arsenal", "napoli", (2, 0))
    body = (
        "Arsenal schlug Neapel 2:0. Die Tore gegen Neapel fielen durch Bukayo Saka und Declan Rice."
    )
    assert read(body, "de", match) == [
        ("Bukayo Saka", None, "arsenal"),
        ("Declan Rice", None, "arsenal"),
    ]
