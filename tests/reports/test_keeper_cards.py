"""A goalkeeper named after his role is the one beaten when a goal is told, but the one
sent off when he opens the sentence of a red card. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.test_cards import cards, read

EN = "Barcelona beat Inter 1-0 at home on Tuesday. "
DE = "Barcelona gewann am Dienstag im eigenen Stadion 1:0 gegen Inter. "


@pytest.mark.parametrize(
    "told",
    [
        EN + "Inter goalkeeper Yann Sommer was sent off in the 64th minute for bringing down "
        "Robert Lewandowski outside the area.",
        EN + "The Inter goalkeeper Yann Sommer was shown a straight red card in the 64th minute "
        "after he handled outside his box against Robert Lewandowski.",
        DE + "Inter-Torhüter Yann Sommer sah in der 64. Minute die Rote Karte, nachdem er Robert "
        "Lewandowski außerhalb des Strafraums gefoult hatte.",
    ],
)
def test_a_keeper_opening_the_card_sentence_is_the_one_sent_off(told):
    match = read(
        told,
        Match("barcelona", "inter-milan", (1, 0)),
    )
    assert [(c[0], c[2]) for c in cards(match)] == [(64, "Yann Sommer")]


def test_a_keeper_beaten_by_the_one_sent_off_gets_no_card():
    match = read(
        "Barcelona beat Inter 1-0 at home on Tuesday. Robert Lewandowski rounded goalkeeper "
        "Yann Sommer and was later sent off in the 64th minute for a second booking.",
        Match("barcelona", "inter-milan", (1, 0)),
    )
    assert [(c[0], c[2]) for c in cards(match) or []] != [(64, "Yann Sommer")]
