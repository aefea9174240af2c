"""A minute told with a card after a goal sentence is the card's, not an elliptic goal
(`mit Toren in der 47. und 77. Minute, dazwischen musste Martínez in der 61. Minute mit
Gelb-Rot vom Platz`), and a goal counted from a stated minute (`in der 76. Minute ...,
doch nur zwei Minuten später lenkte X den Ball ins eigene Tor`) stands by that count;
both met while checking set 32; sentences written for these tests."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for, match, read


def _legs() -> tuple[Match, Match]:
    second = Match("real-madrid", "bayern-munich", (4, 2), leg=2)
    first = Match("bayern-munich", "real-madrid", (1, 2), leg=1)
    return second, first


def test_a_card_minute_after_a_goal_clause_is_no_goal_de():
    second, first = goals_for(
        "Real Madrid gewann das Rückspiel gegen Bayern mit 4:2. Schon im Hinspiel vor einer "
        "Woche in München hatte eine Gelb-Rote Karte die Bayern geschwächt. Nach dem Wechsel "
        "drehte Vinícius die Partie mit Toren in der 50. und 80. Minute, dazwischen musste "
        "Dayot Upamecano in der 64. Minute mit Gelb-Rot vom Platz.",
        *_legs(),
        lang="de",
    )
    assert 64 not in [g.minute for g in (first.goals or []) + (second.goals or [])]


def test_a_card_minute_after_a_goal_clause_is_no_goal_en():
    second, first = goals_for(
        "Real Madrid beat Bayern 4-2 in the second leg. In the first leg a week ago in "
        "Munich, Vinicius turned the game with goals in the 50th and 80th minutes, and in "
        "between Dayot Upamecano was sent off in the 64th minute.",
        *_legs(),
    )
    assert 64 not in [g.minute for g in (first.goals or []) + (second.goals or [])]


def test_a_goal_counted_from_a_stated_minute_stays_de():
    facts = read(
        " date 2025-04-17 Der FC Bayern hat am Mittwochabend mit 1:2 bei Real Madrid "
        "verloren.\n\nVinícius Júnior köpfte in der 40. Minute zum 1:0, doch nur zwei "
        "Minuten später lenkte Antonio Rüdiger den Ball ins eigene Tor. Jude Bellingham traf "
        "in der 85. Minute zum 2:1.\n\nTore: 1:0 Vinícius (40.), 1:1 Rüdiger (42., "
        "Eigentor), 2:1 Bellingham (85.)"
    )
    goals = [(g.player, g.minute) for g in match(facts, "real-madrid", "bayern-munich").goals]
    assert ("Antonio Rüdiger", 42) in goals
