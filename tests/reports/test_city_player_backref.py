"""`Michael Ballack ... Der Münchner traf zur Führung (9.)`: a player told by his club's
city (`Der Münchner`, `Der Dortmunder`) opening a sentence before a verb points back to
the one named before; `der Münchner Abwehr` (the side's defence) does not. Sentences
written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_LEAD = (
    " date 2003-10-12 Hamburg (dpa) - Die deutsche Nationalmannschaft hat am Samstag Island "
    "mit 3:0 besiegt. "
)


def _scorers(text: str) -> list[tuple]:
    return [
        (g.player, g.minute) for g in match(read(_LEAD + text), "germany", "iceland").goals or []
    ]


def test_city_player_is_the_one_named_before() -> None:
    text = (
        "Die Nervosität nahm Michael Ballack früh aus dem Spiel. Der Münchner traf zur "
        "Führung (9.)."
    )
    assert _scorers(text) == [("Michael Ballack", 9)]


def test_city_word_before_a_noun_is_the_side() -> None:
    text = (
        "Michael Ballack war früh da. Nach einem Fehler der Münchner Abwehr traf Eidur "
        "Gudjohnsen in der 9. Minute."
    )
    assert _scorers(text) == [("Eidur Gudjohnsen", 9)]
