"""Clubs of the Asian and African champions leagues resolve from their English and German
names and the short forms reports use, and a result between two of them is read."""

from __future__ import annotations

import pytest

from bot.teams.resolver import TeamResolver
from tests.reports.helpers import read

RESOLVER = TeamResolver.default()


@pytest.mark.parametrize(
    ("name", "team"),
    [
        ("Sepahan", "sepahan"),
        ("Sepahan Isfahan", "sepahan"),
        ("Seongnam Ilhwa Chunma", "seongnam"),
        ("Kashiwa Reysol", "kashiwa-reysol"),
        ("Kashiwa", "kashiwa-reysol"),
        ("Suwon Samsung Bluewings", "suwon-samsung"),
        ("Beijing Guoan", "beijing-guoan"),
        ("Al-Rayyan", "al-rayyan"),
        ("Al Wahda", "al-wahda"),
        ("Buriram United", "buriram-united"),
        ("Tractor Sazi", "tractor-sc"),
        ("Tractor Täbris", "tractor-sc"),
        ("Horoya AC", "horoya"),
        ("Petro de Luanda", "petro-luanda"),
        ("USM Algier", "usm-alger"),
        ("CR Belouizdad", "cr-belouizdad"),
        ("Central Coast Mariners", "central-coast-mariners"),
    ],
)
def test_new_clubs_resolve(name, team):
    assert RESOLVER.resolve(name) == team


@pytest.mark.parametrize("word", ["Tractor", "Simba", "Nagoya", "Tokyo"])
def test_a_word_or_a_city_alone_is_no_club(word):
    assert RESOLVER.resolve(word) is None


def test_a_result_between_two_of_them_is_read_in_both_languages():
    english = read(
        " date 2019-05-08 Sepahan beat Al-Rayyan 3-1 at home in Isfahan on Tuesday night"
        " to top their Asian Champions League group."
    )
    german = read(
        " date 2019-05-08 Sepahan Isfahan hat am Dienstagabend vor eigenem Publikum"
        " Al-Rayyan mit 3:1 besiegt und führt die Gruppe der asiatischen Champions League an."
    )
    for facts in (english, german):
        assert [(m.home, m.away, m.score) for m in facts.matches] == [
            ("sepahan", "al-rayyan", (3, 1))
        ]
