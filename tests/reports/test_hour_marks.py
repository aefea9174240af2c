"""`Nach einer halben Stunde erhöhte X`, `After a quarter of an hour X scored`: a plain hour
mark at a sentence's head is that minute; a hedged one (`nach gut einer Stunde`) or one
inside a sentence (`came on after an hour`) is not. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read


@pytest.mark.parametrize(
    "text, minute",
    [
        (
            " date 2024-03-02 Arsenal beat Brentford 1-0 at the Emirates Stadium.\n\n"
            "After a quarter of an hour Kai Havertz headed in from a corner.",
            15,
        ),
        (
            " date 2024-03-02 SC Freiburg - VfL Wolfsburg 1:0\n\n"
            "Nach einer halben Stunde traf Lucas Höler mit einem Flachschuss.",
            30,
        ),
    ],
)
def test_hour_mark_at_sentence_head(text: str, minute: int) -> None:
    facts = read(text)
    goals = [g for m in facts.matches for g in m.goals or []]
    assert [g.minute for g in goals] == [minute]


def test_hedged_or_inner_hour_mark_is_no_minute() -> None:
    text = (
        " date 2024-03-02 Arsenal beat Brentford 1-0 at the Emirates Stadium.\n\n"
        "Kai Havertz came on after an hour and scored in the 81st minute."
    )
    found = match(read(text), "arsenal", "brentford")
    assert [(g.player, g.minute) for g in found.goals] == [("Kai Havertz", 81)]
