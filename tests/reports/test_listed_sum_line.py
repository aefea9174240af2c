"""`Real Madrid - Olympique Lyon 1:1 (1:0)` over `Hinspiel 0:1, Lyon mit 2:1 im
Viertelfinale`: in a listing's leg line the score a side goes into the next round with,
after the first leg's, is the tie's sum, no match. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_a_legs_result_compound_names_no_leg() -> None:
    """`glich die Hinspiel-Niederlage aus` beside the ground of the evening: the ground
    is the return's, not the first leg's."""
    facts = read(
        " date 2012-03-08 Champions League, Achtelfinale, Rückspiele vom Mittwoch - Leverkusen "
        "bleibt im Achtelfinale hängen, Chelsea dagegen spaziert ins Viertelfinale. Ein "
        "Überblick.\n\nBayer Leverkusen - FC Barcelona 1:1 (1:0)\nHinspiel 0:1, Barcelona "
        "mit 2:1 im Viertelfinale\n\nFür Leverkusen ist der Traum geplatzt. Dabei begann der "
        "Abend in der BayArena nach Wunsch: Stefan Kießling glich die Hinspiel-Niederlage "
        "bereits in der 6. Minute aus."
    )
    found = pairs(facts)
    assert ("bayer-leverkusen", "barcelona", (1, 1)) in found
    assert ("bayer-leverkusen", "barcelona", (0, 1)) not in found


def test_the_sum_a_side_is_through_with_is_no_match() -> None:
    facts = read(
        " date 2012-03-08 Champions League, Achtelfinale, Rückspiele vom Mittwoch - Leverkusen "
        "bleibt im Achtelfinale hängen, Chelsea dagegen spaziert ins Viertelfinale. Ein "
        "Überblick.\n\nBayer Leverkusen - FC Barcelona 1:1 (1:0)\nHinspiel 0:1, Barcelona "
        "mit 2:1 im Viertelfinale\n\nLionel Messi traf fünfmal für die Katalanen.\n\n"
        "APOEL Nikosia - Olympique Lyon 1:0 (1:0)\nHinspiel 0:1, APOEL mit 4:3 i.E. im "
        "Viertelfinale\n\nDie Zyprer feierten bis tief in die Nacht."
    )
    found = pairs(facts)
    assert ("bayer-leverkusen", "barcelona", (1, 1)) in found
    assert not {p for p in found if (2, 1) in (p[2], p[2][::-1])}
