"""A German leg told as what came before (`nach einem 0:1 beim FC Basel`) takes no verb
of the main clause (`gewann ... das Rückspiel mit 3:1`): its score is the subject's as
written, and its ground stays its own, not the later leg's. Texts written for these
tests."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie

LEAD = " date 2021-05-06 Porto (dpa) - Der FC Porto hat am Sonntag gegen Benfica 2:2 gespielt. "


def test_a_won_return_after_a_first_leg_defeat_away():
    facts = read(
        LEAD + "Im Viertelfinale der Europa League gewann der FC Porto nach einem 0:1 beim "
        "FC Basel das Rückspiel im Estádio do Dragão mit 3:1."
    )
    first = match(facts, "basel", "porto")
    assert (first.score, first.leg) == ((1, 0), 1)
    second = match(facts, "porto", "basel")
    assert (second.score, second.leg) == ((3, 1), 2)
    assert tie(facts, "porto", "basel").aggregate == {"porto": 3, "basel": 2}


def test_a_lost_return_after_a_first_leg_win_at_home():
    facts = read(
        LEAD + "Im Viertelfinale der Europa League verlor der FC Porto nach dem 2:0 im "
        "Hinspiel zu Hause gegen den FC Basel das Rückspiel beim FC Basel mit 0:3."
    )
    assert match(facts, "porto", "basel").score == (2, 0)
    assert match(facts, "basel", "porto").score == (3, 0)
