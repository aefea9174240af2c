"""A club's ground told just before a `where` / `wo` clause that opens on the subject and
holds the score (`at Ibrox, where Motherwell won 3-1`) names the opponent, as a ground
right after the score does."""

from __future__ import annotations

import pytest

from tests.reports.helpers import pairs, read


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            " date 2015-06-01 Motherwell beat Rangers 3-0 at Fir Park on Sunday. The tie was"
            " over on Thursday night at Ibrox, where Motherwell won 3-1.",
            ("rangers", "motherwell", (1, 3)),
        ),
        (
            " date 2015-05-28 Leverkusen spielte am Samstag 1:1 in Mainz. Am Mittwoch im Signal"
            " Iduna Park, wo Leverkusen 2:0 gewann, war es enger.",
            ("borussia-dortmund", "bayer-leverkusen", (0, 2)),
        ),
    ],
)
def test_ground_before_where_clause(text, pair):
    assert pair in pairs(read(text))


def test_where_clause_with_its_own_opponent_keeps_it():
    facts = read(
        " date 2015-06-01 Celtic drew 0-0 at home on Sunday. On Thursday they were at Ibrox,"
        " where Motherwell won 3-1 against Hibernian."
    )
    assert ("rangers", "motherwell", (1, 3)) not in pairs(facts)
