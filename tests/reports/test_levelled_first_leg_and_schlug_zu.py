"""`X glich die Hinspiel-Niederlage in der 6. Minute aus` is a goal of the return leg, not of
the first leg the clause names; `in der 75. Minute schlug X zu: Der junge Niederländer traf
zum 1:1` is X's goal. Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_TEXT = (
    " date 2024-03-14 Turin - Juventus Turin hat am Mittwochabend das Achtelfinal-Rückspiel "
    "gegen Ajax Amsterdam 1:1 (1:0) gespielt und ist nach dem 0:1 im Hinspiel ausgeschieden."
    "\n\nDusan Vlahovic glich die Hinspiel-Niederlage (Tor: Steven Bergwijn) bereits in der 6. "
    "Minute aus. Nach dem Wechsel kam Ajax besser ins Spiel, und in der 75. Minute schlug Brian "
    "Brobbey zu: Der junge Niederländer traf zum 1:1."
)


def test_return_leg_goals() -> None:
    facts = read(_TEXT)
    found = match(facts, "juventus", "ajax")
    assert [(g.player, g.minute) for g in found.goals] == [
        ("Dusan Vlahovic", 6),
        ("Brian Brobbey", 75),
    ]
    first_leg = match(facts, "ajax", "juventus")
    assert "Dusan Vlahovic" not in [g.player for g in first_leg.goals or []]
