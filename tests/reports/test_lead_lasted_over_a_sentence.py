"""`The lead lasted eight minutes. McLeish ... was brought down by Leighton. Juanito converted
the penalty.` (`Die Führung hielt nur acht Minuten. ... Juanito verwandelte den Elfmeter.`):
the time a lead lasted is the next goal's even when a sentence telling how it came about
stands between; `forced the ball in` tells a goal (a held-out report lost both). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for, match, read

EN = (
    "Celtic beat Rangers 2-1. Celtic took the lead in the 9th minute. Kyogo Furuhashi forced "
    "the ball in after a corner had caused confusion. The lead lasted six minutes. Cameron "
    "Carter-Vickers tried to play the ball back to his goalkeeper, Cyriel Dessers got there "
    "first and was brought down by Joe Hart. James Tavernier converted the penalty. Matt "
    "O'Riley curled in the winner in the 80th minute."
)
DE = (
    "Celtic gewann 2:1 gegen die Rangers. In der 9. Minute traf Kyogo Furuhashi zum 1:0. Die "
    "Führung hielt nur sechs Minuten. Cameron Carter-Vickers wollte den Ball zu seinem "
    "Torhüter zurückspielen, Cyriel Dessers war schneller und wurde von Joe Hart gefoult. "
    "James Tavernier verwandelte den Elfmeter. Matt O'Riley traf in der 80. Minute zum 2:1."
)
EXPECTED = [
    ("Kyogo Furuhashi", 9, False),
    ("James Tavernier", 15, True),
    ("Matt O'Riley", 80, False),
]


@pytest.mark.parametrize(("lang", "body"), [("en", EN), ("de", DE)])
def test_the_lead_lasted_over_the_story_of_the_foul(lang, body) -> None:
    (m,) = goals_for(body, Match("celtic", "rangers", (2, 1)), lang=lang)
    assert [(g.player, g.minute, g.penalty) for g in m.goals or []] == EXPECTED


def test_the_held_time_passes_the_last_check() -> None:
    facts = read(
        " date 2024-04-08 "
        + EN.replace(
            "Celtic beat Rangers 2-1.", "Celtic beat Rangers 2-1 at Celtic Park on Sunday."
        )
    )
    m = match(facts, "celtic", "rangers")
    assert [(g.player, g.minute, g.penalty) for g in m.goals or []] == EXPECTED
