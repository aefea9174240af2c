"""A goal told, then claimed, appealed for, cleared off the line or not given later in
the same sentence (`... and Carroll wheeled away believing it had crossed the line`) is
no goal; a goal told after such a phrase stands. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_EN = (
    " date 2024-02-11 Arsenal beat Brighton 1-0 at the Emirates Stadium on Saturday, "
    "the winner coming early. "
)
_DE = (
    " date 2024-02-11 Der SC Freiburg gewann am Samstag im Europa-Park Stadion gegen den "
    "VfL Bochum mit 1:0, das Siegtor fiel früh. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "With ten minutes to go Trossard met a cross with a fine header, Steele pushed it "
        "onto the post and Trossard ran off believing it had crossed the line.",
        "Trossard struck in the 55th minute and claimed the goal, but Dunk had cleared it "
        "off the line.",
        "Trossard fired in a shot in the 55th minute and the Arsenal players claimed it had "
        "gone in, but the referee waved play on.",
        "Trossard headed home in the 55th minute, but the goal was ruled out for offside.",
        "Trossard thought he had scored in the 55th minute, but his header was disallowed.",
    ],
)
def test_goal_not_given_en(sentence: str) -> None:
    assert not match(read(_EN + sentence), "arsenal", "brighton").goals


@pytest.mark.parametrize(
    "sentence",
    [
        "Grifo traf in der 55. Minute, doch Schiedsrichter Zwayer gab das Tor nicht.",
        "Grifo köpfte in der 55. Minute ein und wähnte den Ball schon hinter der Linie, doch "
        "der Schiedsrichter ließ weiterspielen.",
        "Grifo köpfte in der 55. Minute ein, aber Riemann kratzte den Ball noch von der Linie.",
        "Grifo traf in der 55. Minute, doch der Treffer wurde wegen Abseits nicht gegeben.",
        "Grifo traf in der 55. Minute, der Treffer wurde aber aberkannt.",
    ],
)
def test_goal_not_given_de(sentence: str) -> None:
    assert not match(read(_DE + sentence), "sc-freiburg", "vfl-bochum").goals


def test_goal_after_the_clearance_stands() -> None:
    text = _EN + (
        "Dunk cleared off the line in the 30th minute, but Trossard scored from the "
        "resulting corner in the 31st."
    )
    found = match(read(text), "arsenal", "brighton")
    assert [(g.minute, g.player) for g in found.goals] == [(31, "Trossard")]
