"""A worded ordinal minute with its noun left out (`levelled in the seventh`, `replied in
the eighth, his shot ...`) after a verb that takes no object; `turned in the third` stays
the third goal, and `in the second` the half. Sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from bot.reports.clauses.minutes import find_minutes
from tests.reports.helpers import goals_for


def read(body: str, match: Match) -> list[tuple]:
    goals_for(body, match, lang="en")
    return sorted((g.player, g.minute) for g in match.goals or [])


def test_levelled_in_the_worded_ordinal():
    match = Match("arsenal", "chelsea", (2, 1))
    body = (
        "Arsenal beat Chelsea 2-1 on Sunday. Cole Palmer put Chelsea ahead in the third "
        "minute; Bukayo Saka, who had missed a penalty last week, levelled in the sixth, and "
        "Kai Havertz scored the winner in the 70th minute."
    )
    assert read(body, match) == [("Bukayo Saka", 6), ("Cole Palmer", 3), ("Kai Havertz", 70)]


def test_replied_in_the_worded_ordinal_before_a_comma():
    body = (
        "Arsenal drew 1-1 with Chelsea. Cole Palmer opened the scoring in the 55th minute and "
        "Martin Odegaard replied in the eighth, his shot squeezing under Robert Sanchez."
    )
    assert [m.minute for m in find_minutes(body, "en")] == [55, 8]


def test_an_object_or_a_half_is_no_minute():
    text = (
        "Declan Rice headed in the third and set off towards the fans. Arsenal scored in the "
        "second, and Chelsea equalised in the fourth round of the cup last year."
    )
    assert find_minutes(text, "en") == []


def test_relative_times_count_from_the_worded_ordinal():
    match = Match("aston-villa", "newcastle-united", (2, 2))
    body = (
        "Aston Villa drew 2-2 with Newcastle. Ollie Watkins put Villa ahead in the fifth "
        "minute; Alexander Isak equalised in the eighth and then put Newcastle 2-1 up four "
        "minutes later. Leon Bailey's low shot made it 2-2 a minute after that."
    )
    assert read(body, match) == [
        ("Alexander Isak", 8),
        ("Alexander Isak", 12),
        ("Leon Bailey", 13),
        ("Ollie Watkins", 5),
    ]
