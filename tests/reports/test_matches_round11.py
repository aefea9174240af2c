"""Round 11: results told in passing and the ties they make, by phrase family. Texts
written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read, tie

DE_LEAD = (
    " date 2022-04-15 Eintracht Frankfurt hat am Donnerstagabend beim FC Barcelona mit 3:2 "
    "gewonnen und steht im Halbfinale der Europa League. "
)
EN_LEAD = (
    " date 2022-04-15 Eintracht Frankfurt won 3-2 at Barcelona on Thursday to reach the "
    "Europa League semi-finals. "
)


@pytest.mark.parametrize(
    "text",
    [
        DE_LEAD + "Nach dem 1:1 in Frankreich gewann Atalanta das Rückspiel gegen Olympique "
        "Marseille zu Hause mit 3:0.",
        DE_LEAD + "Nach einem 1:1 in Frankreich hat Atalanta das Rückspiel gegen Olympique "
        "Marseille mit 3:0 gewonnen.",
        EN_LEAD + "Atalanta beat Marseille 3-0 after extra time in the second leg after a 1-1 "
        "draw in France.",
    ],
)
def test_a_leg_word_of_the_main_clause_is_not_the_score_told_as_what_came_before(text):
    facts = read(text)
    assert match(facts, "atalanta", "marseille").leg == 2
    assert match(facts, "marseille", "atalanta").leg == 1
    assert tie(facts, "atalanta", "marseille").winner == "atalanta"


@pytest.mark.parametrize(
    "text",
    [
        EN_LEAD + "Atalanta beat Marseille 3-0 at home after a 1-1 draw in the first leg.",
        EN_LEAD + "Atalanta beat Marseille 3-0 at home after a 1-1 draw in Marseille in the "
        "first leg.",
        DE_LEAD + "Atalanta schlug Olympique Marseille zu Hause mit 3:0, nach dem 1:1 im Hinspiel.",
    ],
)
def test_a_leg_word_right_behind_the_earlier_score_stays_its_own(text):
    facts = read(text)
    assert match(facts, "marseille", "atalanta").leg == 1
    assert match(facts, "atalanta", "marseille").leg == 2


def test_whose_next_opponent_a_side_is_is_not_the_other_side_of_its_result():
    facts = read(
        DE_LEAD + "Leipzigs Gegner in der Vorschlussrunde sind die Glasgow Rangers, die nach "
        "einem 0:1 in Portugal das Rückspiel im Ibrox Park mit 3:1 gewannen."
    )
    assert not [m for m in facts.matches if "rb-leipzig" in (m.home, m.away)]
