"""A German name in the genitive before a counted goal noun (`Leroy Sanés zwei Tore (12.,
50.)`, `Sanés Tore`): the goals are the bare name's, never a player called "Leroy Sanés".
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_OPENING = (
    " date 2024-03-10 Der FC Bayern hat am Samstag in der Allianz Arena den VfB Stuttgart "
    "mit 2:0 geschlagen. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Leroy Sanés zwei Tore (12., 50.) entschieden die Partie früh.",
        "Leroy Sanés Tore (12., 50.) entschieden die Partie früh.",
        "Leroy Sanés zwei Tore in der 12. und 50. Minute entschieden die Partie früh.",
        "Leroy Sané war der Mann des Tages. Sanés zwei Tore (12., 50.) entschieden alles.",
    ],
)
def test_genitive_before_a_count_is_the_bare_name(sentence: str) -> None:
    found = match(read(_OPENING + sentence), "bayern-munich", "vfb-stuttgart")
    assert [(g.minute, g.player, g.team) for g in found.goals] == [
        (12, "Leroy Sané", "bayern-munich"),
        (50, "Leroy Sané", "bayern-munich"),
    ]


def test_a_name_ending_in_s_keeps_its_s() -> None:
    text = (
        " date 2024-03-10 Der FC Bayern hat am Samstag in der Allianz Arena den VfB "
        "Stuttgart mit 2:0 geschlagen. Die Tore erzielte Alphonso Davies (12., 50.)."
    )
    found = match(read(text), "bayern-munich", "vfb-stuttgart")
    assert [g.player for g in found.goals] == ["Alphonso Davies", "Alphonso Davies"]
