"""A pronoun subject of a clause joined to the main one (`Noch im Sommer hatte der SC
Freiburg fünf Punkte Vorsprung, das Hinspiel hatten sie mit 2:1 gewonnen`, `..., and they
had won the first meeting 2-1`) stands for the main clause's subject, as after `nachdem`:
the earlier result is that team's, not turned round to the story's other side. Texts
written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

LEAD_DE = (
    " date 2024-11-10 Stuttgart (dpa) - Der VfB Stuttgart hat das Derby gewonnen. Mit 3:0 "
    "schlug der VfB am Samstagabend in der Bundesliga den SC Freiburg. Für den Sport-Club "
    "ist es ein Rückschlag. "
)
LEAD_EN = (
    " date 2024-11-10 STUTTGART, Germany (AP) - Stuttgart beat Freiburg 3-0 at home on "
    "Saturday in the Bundesliga. It was a setback for the visitors. "
)


@pytest.mark.parametrize(
    "told",
    [
        LEAD_DE + "Noch im Sommer hatte der SC Freiburg fünf Punkte Vorsprung auf den VfB "
        "gehabt, das Hinspiel im März hatten sie mit 2:1 gewonnen.",
        LEAD_DE + "Der SC Freiburg stand im Sommer noch vor dem VfB, und im März gewannen "
        "sie das Hinspiel mit 2:1.",
        LEAD_EN + "Freiburg had been five points clear of Stuttgart in the summer, and they "
        "had won the first meeting 2-1 in Freiburg in March.",
    ],
)
def test_the_pronoun_of_a_joined_clause_is_the_main_subject(told):
    facts = read(told)
    assert match(facts, "sc-freiburg", "vfb-stuttgart").score == (2, 1)
