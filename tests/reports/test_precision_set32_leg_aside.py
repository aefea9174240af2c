"""From set 32's Real Madrid-PSG report, with sentences written for these tests: an
apposition about the other leg right after the name that opens the sentence (`Mbappé,
schon im Hinspiel der Matchwinner, traf in der 39. Minute`) leaves the verb after it
with this leg; and a penalty a player `war ... gescheitert` with is no goal."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def scorers(match: Match) -> list[tuple]:
    return [(g.minute, g.player) for g in match.goals or []]


def _legs() -> tuple[Match, Match]:
    second = Match("bayern-munich", "arsenal", (2, 1), leg=2, date="2025-03-12")
    first = Match("arsenal", "bayern-munich", (1, 0), leg=1, date="2025-02-19")
    return second, first


def test_an_apposition_about_the_first_leg_leaves_the_verb_with_this_leg_de():
    second, first = goals_for(
        "Der FC Bayern hat das Rückspiel gegen Arsenal mit 2:1 gewonnen. Bukayo Saka, schon "
        "im Hinspiel mit seinem Tor in der 88. Minute der Matchwinner, traf in der 20. "
        "Minute zur Führung der Gäste.",
        *_legs(),
        lang="de",
    )
    assert (20, "Bukayo Saka") in scorers(second)
    assert (20, "Bukayo Saka") not in scorers(first)


def test_an_apposition_about_the_first_leg_leaves_the_verb_with_this_leg_en():
    second, first = goals_for(
        "Bayern beat Arsenal 2-1 in the second leg. Bukayo Saka, already the hero of the "
        "first leg with his goal in the 88th minute, scored in the 20th minute to give "
        "Arsenal the lead.",
        *_legs(),
    )
    assert (20, "Bukayo Saka") in scorers(second)
    assert (20, "Bukayo Saka") not in scorers(first)


def test_a_penalty_a_player_failed_with_is_no_goal_de():
    second, first = goals_for(
        "Der FC Bayern hat das Rückspiel gegen Arsenal mit 2:1 gewonnen. Im Hinspiel hatte "
        "Bukayo Saka in der 88. Minute getroffen. Der Klub hatte im Sommer Kai Havertz "
        "verpflichtet. Im Hinspiel war er beim Stand von 0:0 mit einem Foulelfmeter an "
        "Manuel Neuer gescheitert.",
        Match("bayern-munich", "arsenal", (2, 1), leg=2, date="2025-03-12"),
        Match("arsenal", "bayern-munich", (1, 1), leg=1, date="2025-02-19"),
        lang="de",
    )
    assert "Kai Havertz" not in [p for _, p in scorers(first) + scorers(second)]
