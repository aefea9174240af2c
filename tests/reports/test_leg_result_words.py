"""A word for a leg's result (`Hinspielergebnis`, `Hinspielvorsprung`) is not the leg:
a sentence that cancels out the first leg's result is about the match being told, so
its ground is not given to the first leg."""

import pytest

from tests.reports.helpers import match, read, tie

RESULT = (
    " date 2019-03-06 Real Madrid verlor am Dienstagabend im eigenen Stadion gegen Ajax "
    "Amsterdam mit 1:4 und schied nach dem 2:1-Sieg im Hinspiel mit einem Gesamtergebnis "
    "von 3:5 aus. "
)


@pytest.mark.parametrize(
    "told",
    [
        "Im Estadio Santiago Bernabéu brauchten die Gäste nur sieben Minuten, um das "
        "Hinspielergebnis zu egalisieren.",
        "Im Estadio Santiago Bernabéu war der Hinspielvorsprung der Königlichen nach sieben "
        "Minuten aufgebraucht.",
    ],
)
def test_a_grounds_sentence_about_a_legs_result_leaves_the_first_leg_away(told):
    facts = read(RESULT + told)
    assert match(facts, "real-madrid", "ajax").score == (1, 4)
    assert match(facts, "ajax", "real-madrid").score == (1, 2)
    assert tie(facts, "real-madrid", "ajax").winner == "ajax"
