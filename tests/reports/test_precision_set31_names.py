"""A name with a two-word particle in a German text (`Rubén de la Red`, `van der Sar`),
found on unseen set 31, with sentences written for this test: `la` and `der` are German
words only where no particle that is none comes before them."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.test_precision_set31_cards import cards_of


def _bayern() -> Match:
    return Match("bayern-munich", "borussia-dortmund", (2, 1))


def test_a_name_with_a_two_word_particle_de():
    cards = cards_of(
        "Bayern gewann 2:1 gegen Dortmund. Rodrigo de la Fuente sah nach wenigen Minuten "
        "die Rote Karte. Edwin van der Meer sah später Gelb-Rot.",
        _bayern(),
        lang="de",
    )
    assert sorted(player for _, player in cards) == ["Edwin van der Meer", "Rodrigo de la Fuente"]
