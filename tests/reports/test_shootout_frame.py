"""A score in a clause framed as the shoot-out (`im Elfmeterschießen setzte sich die
Mannschaft von Bundestrainer Berti Vogts mit 6:5 durch`, `In the shootout Pickford saved
..., and England converted all five of their kicks ... for a 5-3 win`) is the shoot-out's,
however far the frame stands before it, not a match. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import pairs, read


@pytest.mark.parametrize(
    "text",
    [
        " date 2006-07-01 Berlin (dpa) - Deutschland steht im Halbfinale der WM. Nach 120 "
        "Minuten hatte es zwischen Deutschland und Argentinien 1:1 gestanden, im "
        "Elfmeterschießen setzte sich die Mannschaft von Bundestrainer Jürgen Klinsmann mit "
        "4:2 durch.",
        " date 2006-07-01 BERLIN (AP) - Germany needed penalties to get past Argentina in the "
        "World Cup quarterfinals after a 1-1 draw. In the shootout Jens Lehmann saved from "
        "Roberto Ayala, the second Argentine taker, and Germany converted all four of their "
        "kicks, Tim Borowski scoring the last for a 4-2 win.",
    ],
)
def test_a_score_in_a_shootout_clause_is_no_match(text: str) -> None:
    found = pairs(read(text))
    assert not [p for p in found if sorted(p[2]) == [2, 4]]


def test_extra_time_after_another_pairs_sentence_is_not_the_main_matchs() -> None:
    """`Gareth Southgate's team trailed Switzerland ... Neither team scored in extra time`:
    no team named, so the game of the sentence before (another pair's) had the extra time."""
    facts = read(
        " date 2024-06-30 DORTMUND, Germany (AP) — Germany beat Denmark 2-0 on Saturday to "
        "reach the quarterfinals of the European Championship.\n\nEarlier, Portugal needed "
        "penalties to get through. Roberto Martinez's team trailed Slovenia until Bruno "
        "Fernandes equalized. Neither team scored in extra time."
    )
    (main,) = [m for m in facts.matches if m.home == "germany"]
    assert main.extra_time is not True
