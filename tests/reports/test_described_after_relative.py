"""`Oscar slipped the ball to Neymar and the 21-year-old, who will join Barcelona next
season, lashed a shot into the roof of the net`: a relative clause between a described
subject and its verb does not hand the verb back to the name that opened the sentence
(set 43 gave the goal to the passer). The describer is not named: no scorer rather than
the wrong one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

CASES = [
    (
        "Victor Osimhen scored once and Khvicha Kvaratskhelia once as Napoli beat Inter 2-0 on "
        "Sunday. A minute before halftime Napoli made it 2-0. Piotr Zielinski rolled the ball to "
        "Khvicha Kvaratskhelia on the right and the 22-year-old, who joined from Dinamo Batumi "
        "last summer, curled a shot into the far corner.",
        "en",
    ),
    (
        "Victor Osimhen und Khvicha Kvaratskhelia trafen beim 2:0 des SSC Neapel gegen Inter "
        "Mailand. Kurz vor der Pause fiel das 2:0 (44.). Piotr Zielinski spielte den Ball zu "
        "Khvicha Kvaratskhelia, und der 22-Jährige, der im Sommer aus Batumi gekommen war, "
        "zirkelte ihn ins lange Eck.",
        "de",
    ),
]


@pytest.mark.parametrize(("body", "lang"), CASES)
def test_the_passer_is_not_the_scorer(body: str, lang: str) -> None:
    (m,) = goals_for(body, Match("napoli", "inter", (2, 0)), lang=lang)
    assert "Piotr Zielinski" not in [g.player for g in m.goals or []]
