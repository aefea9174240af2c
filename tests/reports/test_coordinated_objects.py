"""Two teams joined by `and` after a verb (`knocked out Barcelona and Dresden`,
`schalteten den FC Barcelona und Dynamo Dresden aus`) are both its objects: neither is
the subject of a result told next, they never played each other there, and the result
is against the one its clause singles out (by a town), else nobody. Texts written for
these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read, tie

_EN = (
    " date 1976-05-20 BRUGES (Reuters) - Liverpool drew 1-1 with Club Brugge in the second "
    "leg of the UEFA Cup final on Wednesday to win the trophy.\n\n{}"
)
_DE = (
    " date 1976-05-20 Brügge (dpa) - Der FC Liverpool hat am Mittwoch mit einem 1:1 beim FC "
    "Brügge den UEFA-Pokal gewonnen.\n\n{}"
)


def _teams(facts):
    return {frozenset((m.home, m.away)) for m in facts.matches}


_JOINED = (
    _EN.format(
        "They knocked out Barcelona and Dynamo Dresden in the spring, coming from behind "
        "after losing the first leg 1-0 in Dresden and winning the return 2-0 at Anfield."
    ),
    _DE.format(
        "Die Engländer schalteten zuvor den FC Barcelona und Dynamo Dresden aus, nach "
        "einem 0:1 im Hinspiel in Dresden gewannen sie das Rückspiel an der Anfield Road 2:0."
    ),
)


@pytest.mark.parametrize("text", _JOINED, ids=("en", "de"))
def test_objects_joined_by_and_are_no_pair_and_a_town_names_the_opponent(text):
    facts = read(text)
    assert frozenset(("barcelona", "dynamo-dresden")) not in _teams(facts)
    assert match(facts, "dynamo-dresden", "liverpool").score == (1, 0)
    assert match(facts, "liverpool", "dynamo-dresden").score == (2, 0)
    assert tie(facts, "liverpool", "dynamo-dresden").winner == "liverpool"


def test_without_a_town_the_joined_objects_leave_the_opponent_unsaid():
    facts = read(
        _DE.format(
            "Die Engländer schalteten zuvor den FC Barcelona und Dynamo Dresden aus, nach "
            "einem 0:1 im Hinspiel gewannen sie das Rückspiel an der Anfield Road 2:0."
        )
    )
    assert _teams(facts) == {frozenset(("club-brugge", "liverpool"))}
