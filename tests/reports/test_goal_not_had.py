"""Goal words that tell no goal: a goal needed or wanted (`in a final you need to
score`, `brauchte Lazio zwei Treffer`), a player held scoreless, a scorer's title
(`the league's leading scorer with nine goals`). Set 43 gave a coach's `you need to
score` to him as the match's only goal, set 42 a goal to `the tournament's leading
scorer`. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from bot.reports.goals.placing import read_goal_events
from bot.reports.text.document import build_document
from tests.reports.helpers import RESOLVER, goals_for

ONLY_GOAL = "The only goal came early in the second half, when the ball went in off a defender."


@pytest.mark.parametrize(
    "quote",
    [
        '"We had the ball for long spells, but in a derby you have to score," the Italian said.',
        '"We had the ball, but in a derby you need to score," Sarri said.',
        '"In a derby you must score," Sarri said.',
    ],
)
def test_a_goal_a_coach_says_is_needed_is_none(quote: str) -> None:
    body = f"Roma beat Lazio 1-0 on Sunday. {ONLY_GOAL} Lazio coach Maurizio Sarri was unhappy. "
    (m,) = goals_for(body + quote, Match("roma", "lazio", (1, 0)), lang="en")
    assert not m.goals


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Roma beat Lazio 1-0 on Sunday. The only goal came early in the second half. "
            "Ciro Immobile, the league's leading scorer with nine goals, was held scoreless.",
            "en",
        ),
        (
            "Roma beat Lazio 1-0 on Sunday. The only goal came early in the second half. "
            "Ciro Immobile needed to score twice and could not.",
            "en",
        ),
        (
            "Der AS Rom gewann 1:0 gegen Lazio. Das einzige Tor fiel früh in der zweiten "
            "Hälfte. Danach brauchte Ciro Immobile zwei Treffer.",
            "de",
        ),
        (
            "Der AS Rom gewann 1:0 gegen Lazio. Das einzige Tor fiel früh in der zweiten "
            "Hälfte. Ciro Immobile, der Torschützenkönig der Serie A, blieb torlos.",
            "de",
        ),
    ],
)
def test_no_goal_event_for_a_goal_not_had(body: str, lang: str) -> None:
    doc = build_document(" date 2025-03-13 " + body, RESOLVER, lang)
    events = read_goal_events(doc, [Match("roma", "lazio", (1, 0))])
    assert "Ciro Immobile" not in [e.player for e in events]


def test_a_timed_goal_in_a_clause_with_a_title_stands() -> None:
    body = (
        "Roma beat Lazio 2-1. Paulo Dybala scored in the 12th minute and Lorenzo Pellegrini "
        "added the second in the 70th. Top scorer Ciro Immobile pulled one back in the 80th "
        "minute."
    )
    (m,) = goals_for(body, Match("roma", "lazio", (2, 1)), lang="en")
    assert [g.player for g in m.goals or []] == [
        "Paulo Dybala",
        "Lorenzo Pellegrini",
        "Ciro Immobile",
    ]
