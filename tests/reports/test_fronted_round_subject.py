"""`In the final Arsenal beat Chelsea 2-1`: a team right after a sentence-opening round
(no comma) is the subject, as `In the final, Arsenal beat ...` is."""

from __future__ import annotations

from bot.reports.matches.frontedround import fronted_round_subject
from tests.reports.helpers import match, mention_at, read


def test_round_opening_the_sentence():
    text = "It rained. In the semi-final Porto beat Lazio 4-1."
    assert fronted_round_subject(text, mention_at(text, "Porto", "semi-final"))


def test_round_inside_a_clause_is_not_fronted():
    text = "They will meet in the final Porto hoped to avoid."
    assert not fronted_round_subject(text, mention_at(text, "Porto", "final"))


def test_semi_final_subject_read():
    facts = read(
        " date 2003-05-22 A column for the weekend: Porto's year. On Wednesday the players "
        "lifted the UEFA Cup in Seville. In the semi-final Porto beat Lazio 4-1 at the "
        "Estádio das Antas in the first leg, and the fans sang for hours."
    )
    assert match(facts, "porto", "lazio").score == (4, 1)
