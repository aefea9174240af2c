"""A result told only by role (`The hosts won 3-1`) after a sentence naming both
teams: the hosts are the home side, whichever team that sentence named first; without
a known home side, or with both roles in the subject's place, it is left out."""

from __future__ import annotations

import pytest

from tests.reports.helpers import pairs, read


@pytest.mark.parametrize(
    ("opening", "told", "expected"),
    [
        ("Everton visited Liverpool", "The hosts won 3-1.", ("liverpool", "everton", (3, 1))),
        ("Liverpool hosted Everton", "The visitors won 3-1.", ("liverpool", "everton", (1, 3))),
        ("Everton played Liverpool", "The visitors lost 3-1.", ("liverpool", "everton", (3, 1))),
        (
            "Everton played Liverpool",
            "In the end the visitors won 2-1 against the hosts.",
            ("liverpool", "everton", (1, 2)),
        ),
    ],
)
def test_the_role_says_whose_the_score_is(opening, told, expected):
    facts = read(f"{opening} at Anfield on Sunday. {told}")
    assert pairs(facts) == {expected}


def test_without_a_home_side_a_role_result_is_left_out():
    assert read("Everton played Liverpool on Sunday. The hosts won 3-1.").matches == []


def test_a_named_subject_is_unaffected():
    facts = read("Everton visited Liverpool at Anfield on Sunday. Liverpool won 3-1.")
    assert pairs(facts) == {("liverpool", "everton", (3, 1))}
