"""`a month earlier in Rotterdam, where the Dutch won 2-0`: a result told months back is no
game of the story's day, so a pair told just before is no guide to its unnamed side."""

import pytest

from tests.reports.helpers import pairs, read

CASES = [
    " date 1993-11-18 England beat San Marino 7-1 on Wednesday, but the Netherlands won 3-1 "
    "in Poznan against Poland. The damage had been done a month earlier in Rotterdam, where "
    "the Dutch won 2-0.",
    " date 1993-11-18 England schlug San Marino am Mittwoch 7:1, doch die Niederlande "
    "gewannen 3:1 in Posen gegen Polen. Der Schaden war schon vor einem Monat in Rotterdam "
    "entstanden, wo die Niederlande 2:0 gewannen.",
]


@pytest.mark.parametrize("text", CASES)
def test_months_back_result_keeps_no_guessed_side(text) -> None:
    facts = read(text)
    assert not any(m.score in ((2, 0), (0, 2)) for m in facts.matches), pairs(facts)


def test_both_sides_named_months_back_still_read() -> None:
    facts = read(
        " date 1993-11-18 England beat San Marino 7-1 on Wednesday. A month earlier, the "
        "Netherlands had beaten England 2-0 in Rotterdam."
    )
    assert ("netherlands", "england", (2, 0)) in pairs(facts)
