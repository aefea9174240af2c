"""`Wayne Bridge then settled it in the 87th minute, exchanging passes with X and driving
a low shot across the keeper`: `settled it` tells the deciding goal and its scorer (German
`entschied die Partie` is a cue already). Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Everton beat Fulham 1-0 at Goodison Park. Dominic Calvert-Lewin then settled "
            "it in the 79th minute, exchanging passes with Iwobi and driving a low shot "
            "across Leno.",
            "en",
        ),
        (
            "Everton schlug Fulham 1:0 im Goodison Park. Dominic Calvert-Lewin entschied "
            "die Partie in der 79. Minute mit einem flachen Schuss.",
            "de",
        ),
    ],
)
def test_settled_it_names_the_scorer(body: str, lang: str) -> None:
    (m,) = goals_for(body, Match("everton", "fulham", (1, 0)), lang=lang)
    assert [(g.player, g.minute) for g in m.goals or []] == [("Dominic Calvert-Lewin", 79)]
