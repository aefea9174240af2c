"""A result told `Auf dem Weg dorthin` / `On the way there` is of the competition the
sentence before names (`... in der CONCACAF Champions League bis ins Endspiel gekommen`),
not of the story's own."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read


@pytest.mark.parametrize(
    "text",
    [
        " date 2019-10-30 Toronto – Toronto FC steht im Finale der MLS. Im Jahr 2018 war das"
        " anders. Damals war der Klub in der CONCACAF Champions League bis ins Endspiel"
        " gekommen. Auf dem Weg dorthin schlug Toronto im Viertelfinale die UANL Tigres mit 2:1.",
        " date 2019-10-30 Toronto – Toronto FC reached the MLS Cup on Tuesday. It was"
        " different in 2018. Back then the club reached the CONCACAF Champions League final."
        " On their way there Toronto beat Tigres 2-1 in the quarter-final.",
    ],
)
def test_way_there_takes_the_sentence_befores_competition(text):
    found = [m for m in read(text).matches if {m.home, m.away} == {"toronto-fc", "tigres"}]
    assert all(m.competition != "MLS Cup" for m in found)
