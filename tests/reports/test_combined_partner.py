"""The one a scorer combined with (`nach Doppelpass mit X`, `after a one-two with X`) is
not the scorer, though a goal word follows his name."""

from tests.reports.helpers import match, read

DE = (
    " date 1990-06-18 Deutschland - Belgien 3:0 (1:0). Die deutsche Mannschaft hat gegen "
    "Belgien gewonnen. Zunächst traf Bernd Schuster (20.). Nach der Pause erhöhte Rudi Völler "
    "(52.) mit einem Flachschuss, und sechs Minuten später war es wieder Schuster, der nach "
    "Doppelpass mit Völler zum 3:0 traf (58.)."
)
EN = (
    " date 1990-06-18 Germany 3-0 Belgium (1-0). Germany won in Rome on Sunday. Bernd "
    "Schuster scored first in the 20th minute. Rudi Völler added a second in the 52nd minute, "
    "and in the 58th it was Schuster who, after a one-two with Völler, scored the third."
)


def test_partner_after_doppelpass_is_no_scorer():
    goals = match(read(DE), "germany", "belgium").goals
    assert [(g.player, g.minute) for g in goals] == [
        ("Bernd Schuster", 20),
        ("Rudi Völler", 52),
        ("Bernd Schuster", 58),
    ]


def test_partner_after_one_two_is_no_scorer():
    goals = match(read(EN), "germany", "belgium").goals or []
    assert ("Rudi Völler", 58) not in [(g.player, g.minute) for g in goals]
