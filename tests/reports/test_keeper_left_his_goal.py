"""`Walter Zenga verließ sein Tor zu früh, und Caniggia verlängerte ... ins leere Netz`:
the `Tor` a keeper leaves, comes out of or keeps is his goalmouth, no goal scored, so the
keeper is no scorer; the minute goes to the one who put the ball in."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

DE = (
    " date 2024-05-12 Lyon (dpa) - Olympique Lyon und AS Monaco trennten sich am Samstag 1:1 "
    "(1:0). Alexandre Lacazette traf in der 20. Minute zur Führung. In der 71. Minute kam "
    "die Flanke von Vanderson, {keeper}, und Wissam Ben Yedder köpfte den Ball ins leere Netz. Es "
    "war das erste Gegentor für Lyon seit drei Spielen.\n"
)
KEEPERS = (
    "Anthony Lopes verließ sein Tor zu früh",
    "Anthony Lopes kam zu spät aus seinem Tor",
    "Anthony Lopes hatte sein Tor zu früh verlassen",
)


@pytest.mark.parametrize("keeper", KEEPERS)
def test_german_keeper_leaving_his_goal_is_no_scorer(keeper):
    found = match(read(DE.format(keeper=keeper)), "lyon", "monaco")
    players = [g.player for g in found.goals or []]
    assert "Anthony Lopes" not in players


def test_english_keeper_out_of_his_goal_is_no_scorer():
    text = (
        " date 2024-05-12 LYON, France (AP) — Lyon and Monaco drew 1-1 on Saturday. Alexandre "
        "Lacazette put Lyon ahead in the 20th minute. In the 71st minute Vanderson crossed, "
        "Anthony Lopes came rushing out of his goal too early, and Wissam Ben Yedder headed "
        "into the empty net. It was the first goal Lyon had conceded in three games.\n"
    )
    found = match(read(text), "lyon", "monaco")
    assert "Anthony Lopes" not in [g.player for g in found.goals or []]


def test_gegentor_fuer_a_side_is_a_goal_against_it():
    """`Es war das erste Gegentor für Italien`: the goal counts against the side after
    `für`, so that side is no hint for whom the goal counts (nor, by the score, for the
    other goal of a draw)."""
    text = DE.format(keeper=KEEPERS[0]).replace("köpfte den Ball", "lenkte den Ball mit der Hacke")
    found = match(read(text), "lyon", "monaco")
    teams = {g.player: g.team for g in found.goals or []}
    assert teams.get("Alexandre Lacazette") in (None, "lyon")
