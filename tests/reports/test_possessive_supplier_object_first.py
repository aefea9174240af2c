"""`Pablo Sarabia setzte sich auf links durch, seine Hereingabe verwertete Juan Bernat ...
zum 2:0 (45.+1)`: German puts the object first, so the name after the goal verb scores;
the one the possessive before the supplying noun (`seine Hereingabe`, `seine Flanke`)
means set it up, and a clause opening with a possessive is no verb-first clause going on
with the clause before's subject."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

DE = (
    " date 2024-03-10 München (dpa) - Der FC Bayern hat am Samstag den VfL Wolfsburg mit 2:0 "
    "(2:0) geschlagen. Thomas Müller traf in der 12. Minute zur Führung.\n\nKurz vor der Pause "
    "legten die Gastgeber nach. Leroy Sané setzte sich auf rechts durch, {tail} zum 2:0 "
    "(45.+2). Der Engländer jubelte vor der Südkurve.\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        "seine Hereingabe verwertete Harry Kane",
        "seine Flanke köpfte Harry Kane",
        "seinen Pass schob Harry Kane",
    ],
)
def test_object_first_scorer_after_the_verb(tail):
    found = match(read(DE.format(tail=tail)), "bayern-munich", "vfl-wolfsburg")
    goals = [(g.player, g.minute) for g in found.goals or []]
    assert ("Leroy Sané", 45) not in goals
    assert ("Harry Kane", 45) in goals
