"""Extra time told right after another score of the sentence is that game's: a tie whose
second leg is told beside it was not decided in extra time."""

import pytest

from tests.reports.helpers import read

TEXTS = [
    " date 2018-04-12 Am Dienstag hatten bereits der FC Porto und der FC Sevilla ihre "
    "Tickets gelöst. Porto besiegte Ajax Amsterdam nach einem 1:2 in Amsterdam im Rückspiel "
    "mit 3:1 nach Verlängerung, Sevilla kam bei Olympique Lyon zu einem 2:2 und profitierte "
    "vom 2:0 im Hinspiel.",
    " date 2018-04-12 Porto and Sevilla went through on Tuesday. Porto beat Ajax 3-1 after "
    "extra time in the second leg after a 2-1 defeat in Amsterdam, while Sevilla drew 2-2 "
    "at Lyon in the second leg after a 2-0 win in the first leg.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_anothers_extra_time_decides_no_tie(text):
    facts = read(text)
    found = [t for t in facts.ties if "lyon" in t.teams]
    assert all(t.decided_by != "extra_time" for t in found), found
    assert all(t.decided_by == "extra_time" for t in facts.ties if "porto" in t.teams)
