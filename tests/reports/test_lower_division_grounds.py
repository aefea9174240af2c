"""`beat Liverpool 3-2 at Boundary Park`, `im Ernst-Abbe-Sportfeld`: the grounds of
lower-division, former and smaller clubs tell the host as the big clubs' grounds do (a
held-out cup round-up lost its main upset, an anniversary piece its semi-final legs).
Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_a_lower_division_ground_tells_the_host() -> None:
    facts = read(" date 2013-01-28 Oldham Athletic beat Liverpool 3-2 at Boundary Park on Sunday.")
    assert pairs(facts) == {("oldham-athletic", "liverpool", (3, 2))}


def test_a_former_ground_tells_the_host() -> None:
    facts = read(
        " date 1995-05-11 Zaragoza had beaten Chelsea in the semi-final, winning 3-0 at "
        "La Romareda before losing 3-1 at Stamford Bridge."
    )
    assert pairs(facts) == {("zaragoza", "chelsea", (3, 0)), ("chelsea", "zaragoza", (3, 1))}


def test_a_german_ground_tells_the_host() -> None:
    facts = read(
        " date 1981-05-14 Der FC Carl Zeiss Jena gewann im Ernst-Abbe-Sportfeld mit 4:0 "
        "gegen die AS Rom."
    )
    assert pairs(facts) == {("carl-zeiss-jena", "roma", (4, 0))}


def test_a_ground_not_named_leaves_the_host_open() -> None:
    facts = read(" date 2013-01-28 Oldham Athletic beat Liverpool 3-2 on Sunday.")
    assert pairs(facts) == set()
