"""`Als Kostic nach gut einer Stunde erneut traf (67.)`, `Doch Boniface traf (71.)`: a
surname after a capitalised opening word is still the player named in full elsewhere;
a noun after it (`Als Titelverteidiger`) is no name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.reports.names.players import find_people
from tests.reports.helpers import match, read

_DE = (
    " date 2024-02-11 Bayer Leverkusen hat am Samstag in der BayArena den FSV Mainz 05 "
    "mit 2:0 geschlagen. Victor Boniface traf in der 10. Minute zum 1:0. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Als Boniface nach gut einer Stunde erneut traf (67.), war die Partie entschieden.",
        "Doch Boniface traf nach gut einer Stunde erneut (67.).",
    ],
)
def test_a_surname_after_an_opening_word_scores(sentence: str) -> None:
    found = match(read(_DE + sentence), "bayer-leverkusen", "mainz-05")
    assert [(g.minute, g.player) for g in found.goals] == [
        (10, "Victor Boniface"),
        (67, "Victor Boniface"),
    ]


def test_a_noun_after_an_opening_word_is_no_name() -> None:
    text = "Als Titelverteidiger reiste Leverkusen an. Der Titelverteidiger gewann."
    assert [p.name for p in find_people(text, "de")] == ["Leverkusen"]
