"""`nach der Pause wurde auf der anderen Seite Jérémy Toulalan vom Platz gestellt`: after an
article and an adjective, the first of three capitalised German words is a noun, not a
first name (the card went to `Seite Jérémy Toulalan`); of two words (`der eingewechselte
Thomas Müller`) the first stays the first name. Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read

_TEXT = (
    " date 2012-04-26 Borussia Dortmund hat am Mittwochabend im Westfalenstadion gegen den "
    "FC Schalke 04 mit 2:1 gewonnen. Nach der Pause wurde auf der anderen Seite "
    "Kevin-Prince Boateng mit Gelb-Rot vom Platz gestellt. In der 80. Minute traf der "
    "eingewechselte Ivan Perisic zum 2:1."
)


def test_a_noun_after_an_adjective_is_no_first_name() -> None:
    facts = read(_TEXT)
    carded = {d.player for m in facts.matches for d in (m.dismissals or [])}
    assert carded == {"Kevin-Prince Boateng"}


def test_two_words_after_an_adjective_are_a_name() -> None:
    facts = read(_TEXT)
    scorers = {g.player for m in facts.matches for g in (m.goals or [])}
    assert "Ivan Perisic" in scorers
