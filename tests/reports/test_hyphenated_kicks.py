"""Goals told with the hyphenated spellings `free-kick` and `spot-kick`, which read as
`free kick` and `spot kick` do: "X's free-kick in the 72nd completed the scoring" is
X's goal, not the goal of the last scorer named before. Sentences written for these
tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def read(body: str, lang: str, match: Match) -> list[tuple]:
    goals_for(body, match, lang=lang)
    return sorted(((g.player, g.minute, g.penalty, g.own_goal) for g in match.goals or []), key=str)


def test_possessive_free_kick_names_its_own_scorer():
    match = Match("arsenal", "napoli", (2, 1))
    body = (
        "Arsenal beat Napoli 2-1 on Tuesday. Victor Osimhen headed Napoli in front in the "
        "20th minute. Bukayo Saka equalised in the 31st minute, and Declan Rice's free-kick "
        "in the 58th completed the scoring."
    )
    assert read(body, "en", match) == [
        ("Bukayo Saka", 31, False, False),
        ("Declan Rice", 58, False, False),
        ("Victor Osimhen", 20, False, False),
    ]


def test_possessive_spot_kick_is_a_penalty_of_its_taker():
    match = Match("everton", "fulham", (1, 0))
    body = (
        "Everton beat Fulham 1-0 at Goodison Park. Dwight McNeil's spot-kick in the 67th "
        "minute decided it."
    )
    assert read(body, "en", match) == [("Dwight McNeil", 67, True, False)]


def test_german_freistoss_reads_as_before():
    match = Match("arsenal", "napoli", (2, 1))
    body = (
        "Arsenal gewann 2:1 gegen Neapel. Victor Osimhen brachte Neapel in der 20. Minute in "
        "Führung, Bukayo Saka glich in der 31. Minute aus. Declan Rice traf in der 58. Minute "
        "per Freistoß zum Endstand."
    )
    assert read(body, "de", match) == [
        ("Bukayo Saka", 31, False, False),
        ("Declan Rice", 58, False, False),
        ("Victor Osimhen", 20, False, False),
    ]
