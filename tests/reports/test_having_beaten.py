"""`they left Wembley with the cup, having beaten Everton 2-1 after extra time`: a
perfect participle of winning tells the result of its clause's subject, and a goal
`six minutes in` in a sentence that has gone into extra time is the 96th minute.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_STORY = (
    " date 1989-05-22 Liverpool had waited a long time for this. On Saturday they left "
    "Wembley with the FA Cup, having beaten Everton 3-2 after extra time in a final few "
    "will forget.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        _STORY,
        " date 1989-05-22 On Saturday Liverpool won the FA Cup, having beaten Everton 3-2 "
        "after extra time in the final.",
    ],
)
def test_having_beaten_tells_the_result(text: str) -> None:
    found = match(read(text), "liverpool", "everton")
    assert found.score == (3, 2)
    assert found.extra_time is True


def test_minutes_in_after_extra_time() -> None:
    text = (
        _STORY + "John Aldridge scored in the fourth minute. Stuart McCall equalised in the "
        "89th minute. The game went into extra time at 1-1, and five minutes in, Ian Rush "
        "headed the winner."
    )
    found = match(read(text), "liverpool", "everton")
    assert 95 in [g.minute for g in found.goals or []]
    assert 5 not in [g.minute for g in found.goals or []]
