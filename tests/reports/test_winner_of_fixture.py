"""`trifft im Finale auf den Sieger der Partie Spanien gegen Belgien`, `will meet the
winner of Spain v Belgium`: both names are a fixture to come, never the other side of
the result the sentence tells. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read

_DE = (
    " date 2014-07-10 Zwei Minuten fehlten noch bis zum Elfmeterschießen. Dann traf Neymar, "
    "und der Traum vom WM-Finale in Rio war für die argentinische Mannschaft zerplatzt. "
    "Gastgeber Brasilien gewann das Halbfinale am Mittwochabend mit 1:0 (0:0, 0:0) nach "
    "Verlängerung und trifft am Sonntag im Maracanã auf den Sieger der Partie Spanien gegen "
    "Belgien.\n\nNach dem Seitenwechsel wurde die Partie offener. {}Alejandro Sabella hatte "
    "da bereits Sergio Agüero gebracht."
)
_EN = (
    " date 2014-07-10 Two minutes were left before the shoot-out. Then Neymar struck, and "
    "the Argentine team's dream of a World Cup final in Rio was over. Hosts Brazil won the "
    "semi-final 1-0 (0-0, 0-0) after extra time on Wednesday night and will meet the winner "
    "of Spain v Belgium at the Maracana on Sunday.\n\nThe match opened up after the break."
)


def _teams(facts):
    return {frozenset((m.home, m.away)) for m in facts.matches}


def test_german_winner_of_a_pairing_is_no_opponent():
    teams = _teams(read(_DE.format("")))
    assert frozenset(("brazil", "spain")) not in teams
    assert frozenset(("brazil", "belgium")) not in teams


def test_english_winner_of_a_pairing_is_no_opponent():
    teams = _teams(read(_EN))
    assert frozenset(("brazil", "spain")) not in teams
    assert frozenset(("brazil", "belgium")) not in teams


def _leg_text(told: str) -> str:
    return (
        " date 2016-05-04 Lissabon - Benfica hat das Halbfinale der Champions League "
        "erreicht. Gegen den FC Porto reichte Benfica am Dienstagabend ein 2:1 im "
        f"Rückspiel, das Hinspiel hatte Benfica mit 1:0 gewonnen. {told}"
    )


def test_a_leg_told_after_a_german_pairing_to_come_is_that_pairs():
    facts = read(
        _leg_text(
            "Im Halbfinale trifft Benfica auf den Sieger der Partie zwischen Juventus und "
            "dem FC Arsenal; das Hinspiel in London war torlos geendet."
        )
    )
    found = [m for m in facts.matches if {m.home, m.away} == {"juventus", "arsenal"}]
    assert [(m.home, m.score, m.leg) for m in found] == [("arsenal", (0, 0), 1)]


def test_a_leg_told_after_an_english_pairing_to_come_is_that_pairs():
    facts = read(
        " date 2016-05-04 LISBON (AP) - Benfica reached the Champions League semi-finals, "
        "beating Porto 2-1 in the second leg on Tuesday. Benfica will meet the winner of "
        "Juventus v Arsenal, whose first leg in London ended 0-0."
    )
    found = [m for m in facts.matches if {m.home, m.away} == {"juventus", "arsenal"}]
    assert [(m.home, m.score, m.leg) for m in found] == [("arsenal", (0, 0), 1)]
    assert not [m for m in facts.matches if {m.home, m.away} == {"benfica", "juventus"}]
