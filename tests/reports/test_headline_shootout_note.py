"""A bare headline result with a note of extra time and the shoot-out in its brackets
(`Spain 1 Republic of Ireland 1 (aet, Spain win 3-2 on penalties)`), after a story label
(`AS IT HAPPENED:`); and in a live report's penalty line the one who fouled is no scorer."""

import pytest

from tests.reports.helpers import match, read

TEXTS = [
    (
        " date 2002-06-17 AS IT HAPPENED: Spain 1 Republic of Ireland 1 (aet, Spain win 3-2 on "
        "penalties). Our coverage from Suwon.",
        (3, 2),
    ),
    (
        " date 2002-06-17 Spain 1 Republic of Ireland 1 (aet, Ireland win 4-2 on penalties). "
        "Our coverage from Suwon.",
        (2, 4),
    ),
    (
        " date 2010-05-02 Match report: Fulham 2 Hamburg 2 (a.e.t., Hamburg win 5-4 on "
        "penalties). A long night at Craven Cottage.",
        (4, 5),
    ),
]


@pytest.mark.parametrize("text,kicks", TEXTS)
def test_headline_with_shootout_note(text, kicks):
    facts = read(text)
    home, away = facts.matches[0].home, facts.matches[0].away
    found = match(facts, home, away)
    assert found.score[0] == found.score[1]
    assert found.extra_time is True
    assert found.penalties == kicks


def test_a_place_before_the_headline_is_no_label():
    facts = read(" date 2002-06-17 Suwon: Spain 1 Republic of Ireland 1. Spain went on.")
    assert all(m.score != (1, 1) or m.home == "spain" for m in facts.matches)


def test_the_fouler_on_a_penalty_line_is_no_scorer():
    text = (
        " date 2002-06-17 AS IT HAPPENED: Spain 1 Republic of Ireland 1 (aet). Our coverage.\n\n"
        "8 min: Fernando Morientes rises to head in a cross. Spain lead.\n\n"
        "90 min: ANOTHER PENALTY! Fernando Hierro hauls down Niall Quinn by the shirt. "
        "Robbie Keane takes it and he does not miss. 1-1.\n\n"
        "Just past the hour: Heads in hands all over Dublin."
    )
    found = match(read(text), "spain", "ireland")
    players = [g.player for g in found.goals or []]
    assert "Fernando Hierro" not in players and "Another Penalty" not in players
    assert "Heads" not in players
