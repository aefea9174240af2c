"""`beat Hamburg 1-0 at home and 3-0 in the return`, `lost the return 1-0`: `the return`
after a preposition or a verb of the result is the second leg; `the return of` a player
or `the return to form` is none."""

from __future__ import annotations

from bot.reports.matches import cues
from tests.reports.helpers import match, read, tie


def test_bare_second_score_in_the_return_is_the_second_leg():
    facts = read(
        " date 1991-05-23 Porto beat Benfica 2-1 at the Estádio das Antas on Wednesday "
        "night, and the fans in the stadium sang long into the night. Porto first lifted a "
        "trophy in Europe in 1981, when they beat Sevilla 2-0 at home and 1-1 in the return "
        "to win 3-1 on aggregate."
    )
    first = match(facts, "porto", "sevilla")
    second = match(facts, "sevilla", "porto")
    assert (first.score, first.leg, second.score, second.leg) == ((2, 0), 1, (1, 1), 2)
    assert tie(facts, "porto", "sevilla").winner == "porto"


def test_the_return_words():
    assert cues.LEG.search("won 2-0 in the return at Anfield").group("two")
    assert cues.LEG.search("They lost the return 1-0 in Turin").group("two")
    assert cues.LEG.search("after the return of Ribéry from injury") is None
    assert cues.LEG.search("it was a night of the return to form for Kane") is None
    assert cues.LEG.search("on the return trip to Madrid") is None
