"""A team named as the attribute of a team noun at the head of a clause (`a weakened
Chelsea side beat Leeds 2-1`, `In May, a young Ajax team drew 1-1 with PSV`) is the
subject the result is told from; the same words as an object (`lost to a weakened Chelsea
side`) are not. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

LEAD = (
    " date 2022-10-10 LONDON (AP) — Chelsea beat Wolverhampton Wanderers 3-0 at Stamford "
    "Bridge on Saturday. "
)


@pytest.mark.parametrize(
    "told",
    [
        "In August, a weakened Chelsea side beat Leeds United 3-1 at Elland Road.",
        "Last season, a much younger Chelsea team beat Leeds United 3-1 at Elland Road.",
        "Leeds had started well, but a Chelsea side without Kante beat Leeds United 3-1 at "
        "Elland Road.",
    ],
)
def test_a_team_noun_with_its_team_heads_the_clause(told):
    facts = read(LEAD + told)
    assert match(facts, "leeds-united", "chelsea").score == (1, 3)


def test_the_same_words_as_an_object_stay_the_object():
    facts = read(LEAD + "In August, Leeds United beat a weakened Chelsea side 3-1 at Elland Road.")
    assert match(facts, "leeds-united", "chelsea").score == (3, 1)
