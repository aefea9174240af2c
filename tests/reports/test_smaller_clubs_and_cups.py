"""Clubs of smaller leagues the team list had missed (Östersunds FK, Akhisarspor, AFC
Fylde, Boreham Wood, US Quevilly-Rouen, the Kansas City Wizards), the Turkish Cup with
its final at a chosen ground, and a country after a compass word (`in western Turkey`)
read as a region, not the national team."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, pairs, read


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            " date 2018-02-16 Arsenal won 3-0 at Östersunds FK in the Europa League on Thursday.",
            ("ostersund", "arsenal", (0, 3)),
        ),
        (
            " date 2019-05-12 Salford City beat AFC Fylde 3-0 at home on Saturday.",
            ("salford-city", "afc-fylde", (3, 0)),
        ),
        (
            " date 2019-05-12 Boreham Wood lost 2-1 at home to Tranmere Rovers on Saturday.",
            ("boreham-wood", "tranmere-rovers", (1, 2)),
        ),
        (
            " date 2000-10-16 The Kansas City Wizards beat the Chicago Fire 1-0 at home on Sunday.",
            ("sporting-kc", "chicago-fire", (1, 0)),
        ),
        (
            " date 2012-04-29 Lyon gewann am Samstag das Pokalfinale gegen US Quevilly mit 1:0.",
            ("lyon", "quevilly-rouen", (1, 0)),
        ),
    ],
)
def test_smaller_clubs_are_read(text, pair):
    assert pair in pairs(read(text))


@pytest.mark.parametrize(
    "text",
    [
        " date 2018-05-11 Akhisarspor won the Turkish Cup on Thursday night, beating"
        " Fenerbahce 3-2 in the final.",
        " date 2018-05-11 Akhisarspor gewann am Donnerstag das Finale des türkischen Pokals"
        " gegen Fenerbahce mit 3:2.",
    ],
)
def test_turkish_cup_final_is_neutral(text):
    final = match(read(text), "akhisarspor", "fenerbahce")
    assert (final.competition, final.stage, final.neutral) == ("Türkiye Kupası", "final", True)


def test_country_after_compass_word_is_a_place():
    facts = read(
        " date 2018-05-11 Akhisarspor, a club from a small town in western Turkey, won the"
        " Turkish Cup on Thursday night, beating Fenerbahce 3-2 in the final."
    )
    assert pairs(facts) == {("akhisarspor", "fenerbahce", (3, 2))}


def test_national_nicknames():
    facts = read(
        " date 2024-02-12 Abidjan. Am Sonntagabend stemmten die Elefanten im Olympiastadion"
        " von Ebimpé den Pokal in die Höhe. Im Finale des Afrika-Cups besiegten sie Nigeria"
        " mit 2:1 (0:1)."
    )
    assert {(h, a) for h, a, _ in pairs(facts)} == {("ivory-coast", "nigeria")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            " date 2015-05-26 Die Giallorossi gewannen am Montag das Derby bei Lazio Rom mit 2:1.",
            ("lazio", "roma", (1, 2)),
        ),
        (
            " date 2015-05-26 The Bhoys beat Rangers 2-0 at Celtic Park on Sunday.",
            ("celtic", "rangers", (2, 0)),
        ),
    ],
)
def test_club_nicknames(text, pair):
    assert pair in pairs(read(text))
