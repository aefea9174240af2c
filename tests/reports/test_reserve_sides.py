"""A club's reserve or youth side (`die Amateure von Hertha BSC`, `Bayern München II`,
`Real Madrid Castilla`, `Chelsea's under-21s` aside) is another team than the club: a
result against it is no result of the club, and the reader says nothing rather than
store one."""

from __future__ import annotations

import pytest

from tests.reports.helpers import pairs, read


@pytest.mark.parametrize(
    "text",
    [
        " date 1993-06-13 Berlin – Bayer Leverkusen hat den DFB-Pokal gewonnen. Der"
        " Bundesligist setzte sich im Endspiel mit 1:0 gegen die Amateure von Hertha BSC durch.",
        " date 2021-05-02 Unterhaching – Die SpVgg Unterhaching verlor am Samstag in der"
        " 3. Liga mit 0:2 gegen den FC Bayern München II.",
        " date 2021-05-02 Unterhaching – Die SpVgg Unterhaching verlor am Samstag mit 0:2"
        " gegen die Bayern-Amateure.",
        " date 2012-09-10 Real Madrid Castilla lost 2-1 at home to Barcelona B on Sunday in"
        " the Segunda División, a day before Real Madrid's first team played Getafe.",
        " date 2023-10-05 Arsenal beat the reserve team of Chelsea 3-0 at the Emirates on"
        " Wednesday.",
        " date 2023-10-05 Arsenal beat Chelsea's under-21s 3-0 at the Emirates on Wednesday.",
    ],
)
def test_result_of_a_reserve_side_is_no_result_of_the_club(text):
    assert pairs(read(text)) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            " date 2023-10-05 Unterhaching – Die SpVgg Unterhaching hat den FC Bayern München"
            " im Pokal mit 2:1 geschlagen. Bayerns Reservetorwart stand im Tor.",
            ("unterhaching", "bayern-munich", (2, 1)),
        ),
        (
            " date 2007-05-14 Willem II lost 0-2 at home to Ajax on Sunday.",
            ("willem-ii", "ajax", (0, 2)),
        ),
    ],
)
def test_the_first_team_is_still_read(text, pair):
    assert pair in pairs(read(text))
