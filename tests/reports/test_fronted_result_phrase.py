"""`After a 3-1 defeat in Avellaneda, Independiente won the return 4-0 at home`: a result
fronted in a phrase that opens the sentence is the result of the team opening the main
clause, not a defeat of its opponent. The German word order (`Nach einer 1:3-Niederlage
... gewann Independiente`) was read so already. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie


def test_an_english_defeat_fronted_before_the_return():
    facts = read(
        " date 2004-05-13 BUENOS AIRES (AP) -- Independiente's route to the final included a "
        "memorable quarterfinal against archrival Racing Club. After a 3-1 defeat in "
        "Avellaneda, Independiente won the return 4-0 at home, Diego Forlan scoring twice."
    )
    assert match(facts, "racing-club", "independiente").score == (3, 1)
    assert tie(facts, "racing-club", "independiente").aggregate == {
        "independiente": 5,
        "racing-club": 3,
    }


def test_an_english_loss_fronted_with_following():
    facts = read(
        " date 2004-05-13 LISBON (AP) -- Porto's route to the final included a quarterfinal "
        "against Lyon. Following a 2-0 loss in France, Porto won the return 3-0 in Portugal."
    )
    assert match(facts, "lyon", "porto").score == (2, 0)


def test_the_german_word_order():
    facts = read(
        " date 2004-05-13 Lissabon (dpa) - Auf dem Weg ins Finale traf der FC Porto im "
        "Viertelfinale auf Olympique Lyon. Nach einer 0:2-Niederlage in Frankreich gewann "
        "Porto das Rückspiel mit 3:0."
    )
    assert match(facts, "lyon", "porto").score == (2, 0)


def test_a_side_named_inside_the_phrase_keeps_the_phrase_its_own():
    facts = read(
        " date 2004-05-13 LISBON (AP) -- Porto beat Lyon 3-0 on Wednesday. After a 2-1 "
        "defeat for Monaco at Chelsea, Porto are the favourites for the final."
    )
    assert not [
        m for m in facts.matches if m.score in ((1, 2), (2, 1)) and "porto" in (m.home, m.away)
    ]
