"""`Athletic pressed Dino Zoff's goal without finding a way through`: a keeper's goal that
a side pressed, attacked or besieged is the place, not a goal of the keeper's. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from bot.reports.goals.placing import read_goal_events
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER


def _claimed(body: str, lang: str) -> list:
    doc = build_document(" date 2024-02-11 " + body, RESOLVER, lang)
    found = read_goal_events(doc, [Match("everton", "fulham", (1, 0))])
    return [e.player for e in found]


@pytest.mark.parametrize(
    "told",
    [
        "Fulham then pressed Jordan Pickford's goal without finding a way through.",
        "For the rest of the half Fulham besieged Jordan Pickford's goal.",
        "Fulham attacked Pickford's goal in waves after the break.",
    ],
)
def test_pressed_keepers_goal_names_no_scorer(told: str) -> None:
    body = "Everton beat Fulham 1-0 at Goodison Park on Saturday. " + told
    assert not any(p and "Pickford" in p for p in _claimed(body, "en"))


def test_a_players_goal_still_counts() -> None:
    body = (
        "Everton beat Fulham 1-0 at Goodison Park on Saturday. Dwight McNeil's goal came "
        "in the 20th minute."
    )
    assert "Dwight McNeil" in _claimed(body, "en")


def test_tor_von_keeper_de() -> None:
    body = (
        "Der SC Freiburg gewann am Samstag im Europa-Park Stadion gegen den VfL Bochum mit "
        "1:0. Danach berannte Bochum das Freiburger Tor, doch Noah Atubolu hielt alles."
    )
    doc = build_document(" date 2024-02-11 " + body, RESOLVER, "de")
    found = read_goal_events(doc, [Match("sc-freiburg", "vfl-bochum", (1, 0))])
    assert "Noah Atubolu" not in [e.player for e in found]
