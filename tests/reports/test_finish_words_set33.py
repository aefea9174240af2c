"""Goal words read right in one story: `rose to convert` (an infinitive of purpose tells
the goal), `his finishing let him down` (a noun, no goal), `scorer of a hat-trick in the
league meeting` (a record, no goal of this match), and `Four minutes later X tripped Y in
the box and the Brazilian converted`: the relative time is Y's goal though X opens the
sentence (a held-out report lost Suarez's goals this way). Sentences written for these
tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for, match, read

PAIR = ("bayern-munich", "real-madrid", (1, 2))


def _goals(body: str, lang: str = "en", pair=PAIR) -> list[tuple]:
    (m,) = goals_for(body, Match(*pair), lang=lang)
    return [(g.player, g.minute, g.penalty) for g in m.goals or []]


def test_to_convert_and_a_record_and_a_noun() -> None:
    body = (
        "Real Madrid won 2-1 in Munich. Leroy Sane put Bayern ahead in the 30th minute. Real "
        "took the lead in the 60th minute when Jude Bellingham rose to convert a cross. "
        "Vinicius Junior, scorer of a hat-trick in the league meeting, was a constant threat, "
        "but his finishing let him down. Kylian Mbappe equalised in the 70th minute."
    )
    assert _goals(body, pair=("bayern-munich", "real-madrid", (1, 3))) == [
        ("Leroy Sane", 30, False),
        ("Jude Bellingham", 60, False),
        ("Kylian Mbappe", 70, False),
    ]


def test_team_lead_then_scorer_to_convert() -> None:
    body = (
        "Barcelona, with Pedri quiet for long periods, took the lead five minutes after "
        "half-time. Raphinha broke down the right and crossed, and Robert Lewandowski got in "
        "front of his marker to convert from close range."
    )
    assert _goals(body, pair=("real-madrid", "barcelona", (0, 1))) == [
        ("Robert Lewandowski", 50, False)
    ]


def test_the_fouled_player_described_after_a_relative_time() -> None:
    facts = read(
        " date 2024-04-10 Real Madrid won 2-1 at Bayern Munich on Tuesday night. Leroy Sane "
        "put Bayern ahead in the 30th minute before Vinicius Junior equalised in the 60th "
        "minute. Four minutes later Kimmich brought down Vinicius in the box and the "
        "Brazilian chipped the resulting penalty straight down the middle to make it 2-1."
    )
    m = match(facts, "bayern-munich", "real-madrid")
    assert [(g.player, g.minute, g.penalty) for g in m.goals or []] == [
        ("Leroy Sane", 30, False),
        ("Vinicius Junior", 60, False),
        ("Vinicius Junior", 64, True),
    ]
