"""Facts missed on unseen set 28 (first read P=0.94 R=0.80), each a phrase family with
sentences written for the tests."""

from __future__ import annotations

from tests.reports.helpers import match, pairs, read

_CUP_NIGHT = (
    " date 2024-04-03 Holstein Kiel steht im Halbfinale des DFB-Pokals. Die "
    "Mannschaft von Trainer Marcel Rapp setzte sich am Dienstagabend gegen den VfL "
    "Wolfsburg mit 5:4 im Elfmeterschießen durch, nach 90 Minuten und auch nach der "
    "Verlängerung hatte es 2:2 gestanden. "
)


def test_the_side_that_had_travelled_there_was_the_visitor():
    facts = read(_CUP_NIGHT + "Wolfsburg war als klarer Favorit angereist und enttäuschte.")
    found = match(facts, "holstein-kiel", "vfl-wolfsburg")
    assert (found.score, found.penalties, found.extra_time) == ((2, 2), (5, 4), True)
    en = read(
        " date 2024-04-03 Swansea City beat Leeds United 5-4 on penalties on Tuesday night "
        "after a 2-2 draw. Leeds had travelled to Wales as clear favourites."
    )
    assert match(en, "swansea-city", "leeds-united").penalties == (5, 4)


def test_a_side_travelling_to_a_coming_match_tells_no_host():
    facts = read(_CUP_NIGHT + "Im Halbfinale ist der VfL Wolfsburg nicht mehr dabei.")
    assert pairs(facts) == set()
    coming = read(_CUP_NIGHT + "Wolfsburg war angereist, im Rückspiel wird der VfL Gastgeber sein.")
    assert pairs(coming) == set()
