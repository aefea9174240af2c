"""`nach dem Gesamtergebnis von 4:2 trifft Palmeiras nun im Endspiel auf Gremio`, `With a
4-2 aggregate, Palmeiras will now face Gremio in the final`: an aggregate belongs to the
tie just played, never to the pair of the coming match; where its sides are not read from
its own words, no tie is told from it. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read

_DE = (
    " date 2018-10-31 Sao Paulo (SID) - Palmeiras steht im Finale der Copa Libertadores. "
    "Palmeiras besiegte am Mittwochabend im Halbfinal-Rückspiel Boca Juniors mit 2:0. Das "
    "Hinspiel war 2:2 ausgegangen, nach dem Gesamtergebnis von 4:2 trifft Palmeiras nun im "
    "Endspiel auf Gremio."
)
_EN = (
    " date 2018-10-31 Sao Paulo - Palmeiras beat Boca Juniors 2-0 in the semi-final second "
    "leg on Wednesday. With a 4-2 aggregate, Palmeiras will now face Gremio in the final."
)


def test_no_tie_with_the_coming_final_opponent_de() -> None:
    ties = read(_DE).ties
    assert all("gremio" not in t.teams for t in ties)
    assert all(t.winner in (None, "palmeiras") for t in ties)


def test_no_guessed_sides_of_an_aggregate_before_a_coming_final_en() -> None:
    ties = read(_EN).ties
    assert all("gremio" not in t.teams for t in ties)
    assert all(t.winner in (None, "palmeiras") for t in ties)


@pytest.mark.parametrize(
    "sentence",
    [
        "Having won 4-2 on aggregate, Palmeiras meet Gremio in the final.",
        "Palmeiras won 4-2 on aggregate and meet Gremio in the final.",
    ],
)
def test_meet_in_the_final_names_the_coming_opponent(sentence: str) -> None:
    text = (
        " date 2018-10-31 Sao Paulo - Palmeiras beat Boca Juniors 2-0 in the semi-final "
        "second leg on Wednesday. " + sentence
    )
    ties = read(text).ties
    assert all("gremio" not in t.teams for t in ties)
    assert all(t.winner in (None, "palmeiras") for t in ties)
