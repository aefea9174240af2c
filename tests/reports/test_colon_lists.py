"""Results listed after a colon as `score against team` share the subject and the winning
verb before the colon; a closing `all three at home` / `alle drei daheim` that counts every
item gives each its home side. A live ticker's `FT.` may open the entry."""

from __future__ import annotations

import pytest

from tests.reports.helpers import pairs, read


@pytest.mark.parametrize(
    "text",
    [
        " date 2023-08-16 Inter Miami have won all three games since Messi arrived: 2-1"
        " against Cruz Azul, 4-0 against Atlanta United and 3-1 against Orlando City, all"
        " three at home.",
        " date 2023-08-16 FT. Inter Miami have now won all three of their games: 2-1 against"
        " Cruz Azul, 4-0 against Atlanta United and 3-1 against Orlando City, all three at"
        " home in Fort Lauderdale.",
    ],
)
def test_english_colon_list(text):
    assert pairs(read(text)) == {
        ("inter-miami", "cruz-azul", (2, 1)),
        ("inter-miami", "atlanta-united", (4, 0)),
        ("inter-miami", "orlando-city", (3, 1)),
    }


def test_german_colon_list():
    facts = read(
        " date 2023-08-16 Bayern gewann alle drei Spiele: 2:0 gegen Mainz, 3:1 gegen Köln und"
        " 1:0 gegen Bochum, alle drei daheim."
    )
    assert pairs(facts) == {
        ("bayern-munich", "mainz-05", (2, 0)),
        ("bayern-munich", "fc-koln", (3, 1)),
        ("bayern-munich", "vfl-bochum", (1, 0)),
    }


@pytest.mark.parametrize(
    "text",
    [
        # no home told for the list: no side is at home
        " date 2023-08-16 Inter Miami won their three games: 2-1 against Cruz Azul, 4-0"
        " against Atlanta United and 3-1 against Orlando City.",
        # the home cue counts fewer games than the list holds
        " date 2023-08-16 Inter Miami won their three games: 2-1 against Cruz Azul, 4-0"
        " against Atlanta United and 3-1 against Orlando City, both at home.",
        # a colon after a clause that is no win
        " date 2023-08-16 Inter Miami face three rivals: 2-1 against Cruz Azul, 4-0 against"
        " Atlanta United and 3-1 against Orlando City, all three at home.",
    ],
)
def test_colon_list_without_support(text):
    assert pairs(read(text)) == set()
