"""`Viele von ihnen hatten nach dem späten Ausgleich ... geglaubt`: a German quantifier
pronoun that opens a sentence (`Viele`, `Einige`, `Manche`) is no player, so it never
scores the goal its clause mentions."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

TEXT = (
    " date 2024-05-12 Lyon (dpa) - Olympique Lyon und AS Monaco trennten sich am Samstag 1:1. "
    "Alexandre Lacazette traf in der 20. Minute zur Führung.\n\nDie Fans applaudierten "
    "trotzdem. {who} von ihnen hatten nach dem späten Ausgleich fest an den Sieg geglaubt.\n"
)


@pytest.mark.parametrize("who", ["Viele", "Einige", "Manche", "Etliche"])
def test_quantifier_is_no_scorer(who):
    found = match(read(TEXT.format(who=who)), "lyon", "monaco")
    players = {g.player for g in found.goals or []}
    assert who not in players
