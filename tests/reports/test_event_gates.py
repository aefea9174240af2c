"""Gates in front of the event rules skip only text the rules cannot match."""

from __future__ import annotations

import pytest

from bot.reports.cards import _LINE, _RED


@pytest.mark.parametrize(
    "heading",
    [
        "Platzverweis:",
        "Platzverweise:",
        "Rote Karte:",
        "Gelb-Rote Karten:",
        "Gelb-Rot:",
        "Red card:",
        "RED CARDS:",
        "Sent off:",
    ],
)
def test_every_card_heading_passes_the_red_card_gate(heading):
    assert _LINE.search(heading)
    assert _RED.may(heading)
