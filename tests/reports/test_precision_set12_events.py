"""Goal and card families that gave the twelfth set wrong scorers and a wrong red card,
on sentences written here: an own goal credited to the crosser, a kick taken by
someone other than the fouled player, and a red card seen by `der Engländer` after a
foul told with its victim."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import match, read


def events(text: str, home: str, away: str) -> Match:
    return match(read(" date 2025-03-13 " + text), home, away)


def goals(found: Match) -> list[tuple]:
    return [(g.player, g.minute, g.own_goal, g.penalty) for g in found.goals or []]


def cards(found: Match) -> list[tuple]:
    return [(d.player, d.minute) for d in found.dismissals or []]


def test_own_goal_off_a_defender_is_his_not_the_crossers_en():
    found = events(
        "Arsenal and Chelsea drew 1-1 on Sunday at the Emirates. Bukayo Saka crossed low "
        "from the right in the 55th minute and the ball deflected off Reece James and into "
        "his own net. Cole Palmer equalised for Chelsea in the 80th minute.",
        "arsenal",
        "chelsea",
    )
    assert goals(found) == [("Reece James", 55, True, False), ("Cole Palmer", 80, False, False)]


def test_own_goal_of_the_clause_opener_is_his_not_the_crossers_de():
    found = events(
        "Bayern und Dortmund trennten sich am Samstag in München 1:1. In der 12. Minute "
        "brachte Jamal Musiala den Ball scharf vor das Tor, Nico Schlotterbeck wollte klären "
        "und lenkte den Ball ins eigene Netz. Serhou Guirassy glich in der 70. Minute aus.",
        "bayern-munich",
        "borussia-dortmund",
    )
    assert goals(found)[0] == ("Nico Schlotterbeck", 12, True, False)
    assert "Jamal Musiala" not in {g.player for g in found.goals or []}


def test_a_name_used_as_a_modifier_does_not_own_the_own_goal():
    found = events(
        "Arsenal beat Chelsea 1-0 on Sunday at the Emirates. Reece James turned a Bukayo "
        "Saka cross into his own net in the 30th minute.",
        "arsenal",
        "chelsea",
    )
    assert goals(found) == [("Reece James", 30, True, False)]


def test_an_own_goal_told_by_its_owner_keeps_him():
    found = events(
        "Arsenal beat Chelsea 1-0 on Sunday at the Emirates. In the 30th minute Bukayo Saka "
        "crossed and Reece James turned the ball into his own net.",
        "arsenal",
        "chelsea",
    )
    assert goals(found) == [("Reece James", 30, True, False)]


def test_the_fouled_player_named_with_not_is_not_the_penalty_taker():
    found = events(
        "Arsenal beat Chelsea 1-0 on Sunday at the Emirates. Bukayo Saka was brought down in "
        "the box after ten minutes. Martin Ødegaard, not Saka, stepped up and scored from the "
        "spot in the 11th minute.",
        "arsenal",
        "chelsea",
    )
    assert goals(found) == [("Martin Ødegaard", 11, False, True)]


def test_the_red_card_after_a_foul_is_the_fouler_with_its_minute_de():
    found = events(
        "Young Boys schlugen Basel am Dienstag in Bern 2:1. In der 35. Minute stieg Ulisses "
        "Garcia mit gestrecktem Bein gegen Xherdan Shaqiri ein. Der Verteidiger sah dafür "
        "direkt die Rote Karte.",
        "young-boys",
        "basel",
    )
    assert cards(found) == [("Ulisses Garcia", 35)]


def test_the_red_card_after_a_foul_is_the_fouler_with_its_minute_en():
    found = events(
        "Arsenal beat Chelsea 1-0 on Sunday at the Emirates. In the 35th minute Reece James "
        "clipped Bukayo Saka from behind. The Chelsea defender was shown a straight red card.",
        "arsenal",
        "chelsea",
    )
    assert cards(found) == [("Reece James", 35)]


def test_a_goal_minute_before_is_not_the_red_cards():
    found = events(
        "Arsenal beat Chelsea 1-0 on Sunday at the Emirates. Bukayo Saka scored in the 35th "
        "minute. The Arsenal winger was later shown a straight red card.",
        "arsenal",
        "chelsea",
    )
    assert all(minute != 35 for _, minute in cards(found))
