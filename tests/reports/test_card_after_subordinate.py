"""`when Saliba, the last man, brought down Jackson as he ran through on goal and was
shown a straight red card`: the card verb joined by `and` after `as he ...` goes on from
the sentence's subject; the pronoun is the player fouled (set 43 sent the fouled Neymar
off for Piqué). Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.test_cards import cards, read

CASES = [
    (
        "Arsenal's night got worse midway through the second half when William Saliba, the "
        "last defender, brought down Nicolas Jackson as he ran through on goal and was shown a "
        "straight red card.",
        "William Saliba",
    ),
    (
        "It got worse after the break, when Gabriel Magalhaes hauled down Nicolas Jackson as "
        "he broke clear and got a red card.",
        "Gabriel Magalhaes",
    ),
]


@pytest.mark.parametrize(("sentence", "fouler"), CASES)
def test_the_fouler_is_sent_off_not_the_fouled(sentence: str, fouler: str) -> None:
    body = "Chelsea beat Arsenal 1-0 on Sunday. Cole Palmer scored in the 20th minute. " + sentence
    match = read(body, Match("chelsea", "arsenal", (1, 0)))
    assert [c[2] for c in cards(match) or []] == [fouler]
