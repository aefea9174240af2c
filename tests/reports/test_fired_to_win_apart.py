"""The team a player fires to a win is the winner also where words stand between them:
the German perfect with its participle after the win (`hatte En-Nesyri den FC Sevilla mit
seinen Treffern in der 12. und 80. Minute zum 2:1-Sieg geschossen`) and an English `with`
phrase before `to a ... win` (`had fired Sevilla with two headers to a 2-1 win`); a team
after `gegen` is the loser. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read, tie

LEAD_DE = (
    " date 2024-03-14 Turin (dpa) - Der FC Sevilla ist im Achtelfinale ausgeschieden. Im "
    "Rückspiel verlor Sevilla am Mittwoch bei Juventus Turin mit 0:2. "
)
LEAD_EN = (
    " date 2024-03-14 TURIN (AP) - Sevilla are out of the Champions League. They lost 2-0 at "
    "Juventus in the second leg on Wednesday. "
)


@pytest.mark.parametrize(
    "told",
    [
        LEAD_DE + "Im Hinspiel vor zwei Wochen hatte Youssef En-Nesyri den FC Sevilla mit "
        "seinen Treffern in der 12. und 80. Minute zum 2:1-Sieg geschossen.",
        LEAD_DE + "Im Hinspiel hatte En-Nesyri den FC Sevilla zum 2:1-Erfolg geköpft.",
        LEAD_EN + "In the first leg two weeks ago, Youssef En-Nesyri had fired Sevilla with "
        "two headers to a 2-1 win.",
        LEAD_EN + "In the first leg, Youssef En-Nesyri had fired Sevilla, with goals in the "
        "12th and 80th minutes, to a 2-1 win.",
    ],
)
def test_the_team_fired_to_a_win_won_the_first_leg(told):
    facts = read(told)
    first = match(facts, "sevilla", "juventus")
    assert (first.score, first.leg) == ((2, 1), 1)
    assert tie(facts, "sevilla", "juventus").aggregate == {"juventus": 3, "sevilla": 2}


def test_a_team_after_gegen_is_no_object_fired_to_the_win():
    facts = read(
        LEAD_DE + "Im Hinspiel hatte Dusan Vlahovic Juventus gegen den FC Sevilla zum "
        "2:1-Sieg geschossen."
    )
    assert match(facts, "sevilla", "juventus").score == (1, 2)
