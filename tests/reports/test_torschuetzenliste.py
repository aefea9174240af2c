"""`In der 71. Minute trug sich auch Adli in die Torschützenliste ein`, `durfte sich Adli
in die Torschützenliste eintragen (71.)`: entering the scorers' list is a goal; standing
in it (`führt die Torschützenliste an`) is none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_DE = (
    " date 2024-02-11 Bayer Leverkusen hat am Samstag in der BayArena den FSV Mainz 05 "
    "mit 1:0 geschlagen. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "In der 71. Minute trug sich auch Amine Adli in die Torschützenliste ein.",
        "Spät durfte sich auch Amine Adli in die Torschützenliste eintragen (71.).",
    ],
)
def test_entering_the_scorers_list_is_a_goal(sentence: str) -> None:
    found = match(read(_DE + sentence), "bayer-leverkusen", "mainz-05")
    assert [(g.minute, g.player) for g in found.goals] == [(71, "Amine Adli")]


def test_leading_the_scorers_list_is_no_goal() -> None:
    text = _DE + "Boniface traf in der 12. Minute. Amine Adli führt die Torschützenliste an."
    found = match(read(text), "bayer-leverkusen", "mainz-05")
    assert [(g.minute, g.player) for g in found.goals] == [(12, "Boniface")]
