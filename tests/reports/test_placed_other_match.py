"""A sentence opening with the ground or town of another match's home side (`At Anfield,
Salah scored ...`, `Im Westfalenstadion traf ...`) tells that match, not the main one the
paragraph would otherwise fall back to. Sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def read(body: str, lang: str, *matches: Match) -> list[list[tuple]]:
    goals_for(body, *matches, lang=lang)
    return [sorted((g.player, g.minute, g.team) for g in m.goals or []) for m in matches]


def test_sentence_at_the_other_home_ground_tells_that_match():
    main = Match("everton", "chelsea", (1, 2))
    other = Match("liverpool", "wolves", (2, 0))
    body = (
        "Chelsea won 2-1 at Everton on Saturday, while Liverpool beat Wolves 2-0.\n\n"
        "Dominic Calvert-Lewin headed Everton in front in the 20th minute. Cole Palmer "
        "equalised in the 35th minute and Nicolas Jackson scored the winner in the 80th "
        "minute.\n\nAt Anfield, Mohamed Salah scored in the 12th minute and again in the "
        "70th, but the crowd kept listening for news from Goodison.\n"
    )
    assert read(body, "en", main, other) == [
        [
            ("Cole Palmer", 35, None),
            ("Dominic Calvert-Lewin", 20, None),
            ("Nicolas Jackson", 80, None),
        ],
        [("Mohamed Salah", 12, "liverpool"), ("Mohamed Salah", 70, "liverpool")],
    ]


def test_german_sentence_in_the_other_stadium_tells_that_match():
    main = Match("sc-freiburg", "bayer-leverkusen", (1, 2))
    other = Match("borussia-dortmund", "vfl-wolfsburg", (2, 0))
    body = (
        "Bayer Leverkusen gewann am Samstag 2:1 beim SC Freiburg, Borussia Dortmund schlug "
        "den VfL Wolfsburg 2:0.\n\nVincenzo Grifo brachte Freiburg in der 20. Minute in "
        "Führung. Florian Wirtz glich in der 35. Minute aus, Victor Boniface traf in der 80. "
        "Minute zum 2:1.\n\nIm Westfalenstadion traf Serhou Guirassy in der 12. und in der "
        "70. Minute.\n"
    )
    assert read(body, "de", main, other) == [
        [
            ("Florian Wirtz", 35, "bayer-leverkusen"),
            ("Victor Boniface", 80, "bayer-leverkusen"),
            ("Vincenzo Grifo", 20, "sc-freiburg"),
        ],
        [
            ("Serhou Guirassy", 12, "borussia-dortmund"),
            ("Serhou Guirassy", 70, "borussia-dortmund"),
        ],
    ]


def test_a_ground_of_the_main_match_stays_with_it():
    main = Match("liverpool", "wolves", (2, 0))
    other = Match("everton", "chelsea", (1, 2))
    body = (
        "Liverpool beat Wolves 2-0 on Saturday, while Chelsea won 2-1 at Everton.\n\n"
        "At Anfield, Mohamed Salah scored in the 12th minute and again in the 70th.\n"
    )
    assert read(body, "en", main, other)[0] == [
        ("Mohamed Salah", 12, "liverpool"),
        ("Mohamed Salah", 70, "liverpool"),
    ]
