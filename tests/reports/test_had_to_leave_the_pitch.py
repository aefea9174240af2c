"""`kurz darauf musste auch Gustavo Dezotti nach einer Rangelei mit Jürgen Kohler vom Platz
(87.)`: a player who `musste ... vom Platz` with a longer phrase between is sent off, and
he is the one named inside the phrase, not the one he tangled with (set 42 lost the
card); leaving injured is still no card. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.test_cards import cards, read

OPENING = "Deutschland gewann 1:0 gegen Argentinien. Thomas Müller traf in der 20. Minute. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Gäste protestierten, und kurz darauf musste auch Marcos Rojo nach einer Rangelei "
        "mit Antonio Rüdiger vom Platz (85.).",
        "In der Schlussphase musste Marcos Rojo nach einer Notbremse gegen Leroy Sané vom "
        "Platz (85.).",
    ],
)
def test_the_player_who_had_to_go_is_sent_off(sentence: str) -> None:
    match = read(OPENING + sentence, Match("germany", "argentina", (1, 0)))
    assert [(c[0], c[2]) for c in cards(match) or []] == [(85, "Marcos Rojo")]


def test_leaving_injured_is_no_card() -> None:
    sentence = (
        "In der Schlussphase musste Marcos Rojo nach einem Zusammenprall mit Antonio Rüdiger "
        "verletzt vom Platz (85.)."
    )
    match = read(OPENING + sentence, Match("germany", "argentina", (1, 0)))
    assert not cards(match)
