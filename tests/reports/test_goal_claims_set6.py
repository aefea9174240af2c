"""Goals told as counts and lists: "two own goals: X ... and Y ...", "two Sabitzer-style
goals, in the 14th and 21st minutes", "only for X to score twice, the second ...", "a Y
penalty", and another game's result right after a shoot-out sentence. Sentences written
for these tests."""

from __future__ import annotations

from bot.facts import Match
from bot.reports.goals import factcheck
from bot.reports.goals.placing import attach_goals
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER


def read(body: str, *matches: Match) -> list[Match]:
    doc = build_document(" date 2025-03-13 " + body, RESOLVER, "en")
    attach_goals(doc, list(matches))
    factcheck.check_goals(doc, list(matches))
    return list(matches)


def goals(match: Match) -> list[tuple]:
    return sorted(
        ((g.player, g.minute, g.added, g.own_goal, g.penalty) for g in match.goals or []),
        key=str,
    )


def test_listed_own_goals_after_a_colon_are_all_own_goals():
    match = Match("tottenham", "west-ham", (2, 2))
    read(
        "Tottenham were 2-0 up against West Ham through two James Maddison goals, in the 10th "
        "and 30th minutes, before conceding two own goals late on: Pedro Porro turned a cross "
        "into his own net in the 80th minute and Cristian Romero deflected a shot past "
        "Guglielmo Vicario in the first minute of stoppage time.",
        match,
    )
    assert goals(match) == [
        ("Cristian Romero", 90, 1, True, False),
        ("James Maddison", 10, None, False, False),
        ("James Maddison", 30, None, False, False),
        ("Pedro Porro", 80, None, True, False),
    ]


def test_one_own_goal_does_not_spread_to_the_next_scorer():
    match = Match("tottenham", "west-ham", (1, 1))
    read(
        "Tottenham drew 1-1 with West Ham. Pedro Porro turned a cross into his own net in the "
        "20th minute and Son Heung-min equalized in the 70th minute.",
        match,
    )
    assert [(g.minute, g.own_goal) for g in match.goals] == [(20, True), (70, False)]


def test_other_result_after_a_shootout_sentence_keeps_its_goals():
    main = Match("portugal", "morocco", (0, 1))
    other = Match("england", "france", (1, 2))
    read(
        "Morocco beat Portugal 1-0 with a goal by Youssef En-Nesyri in the 42nd minute.\n"
        "France needed no shoot-out of their own later on Saturday. France beat England 2-1 "
        "through Aurelien Tchouameni and an Olivier Giroud header, with Harry Kane scoring a "
        "penalty in between.",
        main,
        other,
    )
    assert goals(other) == [
        ("Aurelien Tchouameni", None, None, False, False),
        ("Harry Kane", None, None, False, True),
        ("Olivier Giroud", None, None, False, False),
    ]


def test_scored_twice_and_the_second_one_timed():
    match = Match("netherlands", "argentina", (1, 2))
    read(
        "Argentina beat the Netherlands 2-1. Cody Gakpo gave the Netherlands the lead in the "
        "20th minute, only for Lionel Messi to score twice, the second of them four minutes "
        "into stoppage time.",
        match,
    )
    assert goals(match) == [
        ("Cody Gakpo", 20, None, False, False),
        ("Lionel Messi", 90, 4, False, False),
        ("Lionel Messi", None, None, False, False),
    ]


def test_provider_of_a_named_free_kick_is_no_scorer():
    match = Match("sevilla", "inter-milan", (0, 1))
    read(
        "Inter won 1-0 at Sevilla. Inter went ahead before halftime when Diego Godin headed in "
        "a Marcelo Brozovic free kick.",
        match,
    )
    assert all(g.player != "Marcelo Brozovic" for g in match.goals or [])
