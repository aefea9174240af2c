"""A tie's two legs told in brackets after the opponent, each with its ground
(`gegen Olympique Lyon (2:1 auswärts, 0:0 zu Hause)`), are two results told from the
sentence's subject, not half-time scores. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read, tie

LEAD_DE = (
    " date 2021-05-06 Wolfsburg (dpa) - Der VfL Wolfsburg hat am Samstag gegen den SC "
    "Freiburg 3:1 gewonnen. "
)


@pytest.mark.parametrize(
    "told",
    [
        "Im Achtelfinale der Europa League hatte der VfL Wolfsburg Olympique Lyon "
        "ausgeschaltet (2:1 auswärts, 0:0 zu Hause).",
        "Im Achtelfinale der Europa League hatte der VfL Wolfsburg Olympique Lyon "
        "ausgeschaltet (2:1 in Frankreich, 0:0 daheim).",
    ],
)
def test_two_legs_in_brackets_after_the_opponent(told):
    facts = read(LEAD_DE + told)
    first = match(facts, "lyon", "vfl-wolfsburg")
    assert (first.score, first.leg) == ((1, 2), 1)
    second = match(facts, "vfl-wolfsburg", "lyon")
    assert (second.score, second.leg) == ((0, 0), 2)
    assert tie(facts, "lyon", "vfl-wolfsburg").winner == "vfl-wolfsburg"


def test_a_defeat_told_in_brackets_is_the_subjects():
    facts = read(
        LEAD_DE + "In der Champions League war der FC Bayern München im Viertelfinale am "
        "FC Porto gescheitert (0:1 auswärts, 1:1 zu Hause)."
    )
    assert match(facts, "porto", "bayern-munich").score == (1, 0)
    assert match(facts, "bayern-munich", "porto").score == (1, 1)
    assert tie(facts, "porto", "bayern-munich").winner == "porto"


def test_a_draw_in_english_brackets_is_read_and_no_score_is_reversed():
    facts = read(
        " date 2021-05-06 AMSTERDAM (AP) - Ajax beat PSV 3-1 on Sunday. In the last 16 of "
        "the Europa League Ajax were knocked out by Chelsea (0-0 at home, 1-2 away)."
    )
    assert match(facts, "ajax", "chelsea").score == (0, 0)
    assert not [m for m in facts.matches if m.home == "chelsea" and m.score == (1, 2)]


@pytest.mark.parametrize(
    "told",
    [
        "Der VfL Wolfsburg gewann gegen Olympique Lyon 3:2 (2:0).",
        "Der VfL Wolfsburg gewann gegen Olympique Lyon (2:0 zur Pause) mit 3:2.",
    ],
)
def test_a_half_time_score_in_brackets_stays_one(told):
    facts = read(
        " date 2021-05-06 Wolfsburg (dpa) - " + told + " Die Partie fand in Wolfsburg statt."
    )
    assert not [m for m in facts.matches if m.score in ((2, 0), (0, 2))]
