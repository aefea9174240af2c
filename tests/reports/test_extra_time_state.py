"""`the final went to extra time at 2-2`, `ging beim Stand von 2:2 in die Verlängerung`:
the score extra time began at is the state after 90 minutes, no result of its own (the
match's result is the one after extra time). Texts written for these tests."""

from __future__ import annotations

import pytest

from bot.reports.matches.scores import find_scores
from tests.reports.helpers import pairs, read


def _kinds(sentence: str) -> list[str]:
    return [hit.kind for hit in find_scores(sentence)]


def test_the_score_extra_time_began_at_is_a_state() -> None:
    assert _kinds("Mata equalized, and the final went to extra time at 1-1.") == ["running"]
    assert _kinds(
        "Mata glich aus, und das Finale ging beim Stand von 1:1 in die Verlängerung."
    ) == ["running"]
    assert _kinds("Und das Finale ging mit 1:1 in die Verlängerung.") == ["running"]


@pytest.mark.parametrize(
    "text",
    [
        " date 2016-05-22 LONDON (AP) — Manchester United won the FA Cup on Saturday, beating "
        "Crystal Palace after extra time at Wembley.\n\nJason Puncheon put Palace ahead "
        "and Juan Mata equalized. Palace appealed for a penalty in stoppage time, but after a "
        "video review the decision went against them, and the final went to extra time at "
        "1-1. Jesse Lingard volleyed the winner.",
        " date 2016-05-22 London (dpa) - Manchester United hat den FA Cup gewonnen. Im "
        "Finale in Wembley besiegte das Team von Louis van Gaal Crystal Palace nach "
        "Verlängerung.\n\nJason Puncheon hatte Palace in Führung gebracht, Juan Mata glich "
        "aus. Palace forderte in der Nachspielzeit einen Elfmeter, doch der Schiedsrichter ließ "
        "weiterspielen, und das Finale ging beim Stand von 1:1 in die Verlängerung. Jesse "
        "Lingard traf zum Sieg.",
    ],
)
def test_the_score_extra_time_began_at_is_no_match(text: str) -> None:
    facts = read(text)
    assert ("crystal-palace", "manchester-united", (1, 1)) not in pairs(facts)
    assert ("manchester-united", "crystal-palace", (1, 1)) not in pairs(facts)
