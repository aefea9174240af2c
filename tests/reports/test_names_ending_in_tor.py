"""A first name ending in `tor` (`Vítor`, `Héctor`, `Aitor`) is no `Tor`: a clause naming a
coach so is no goal claim, and the story's one untimed scorer keeps the 1:0 (round sG23),
own texts."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read

DE = (
    " date 2016-05-27 Antalya (SID) - Lukas Podolski hat Galatasaray Istanbul eine "
    "verkorkste Saison gerettet. Der Weltmeister erzielte am Donnerstagabend im Finale des "
    "türkischen Pokals gegen Fenerbahçe das einzige Tor und sicherte Galatasaray damit den "
    "1:0-Sieg.\n\n"
)


@pytest.mark.parametrize("coach", ["Vítor Pereira", "Héctor Cúper", "Aitor Karanka"])
def test_a_coach_named_with_tor_tells_no_goal(coach):
    text = DE + f"Der Mannschaft des Trainers {coach} fehlte im letzten Drittel die Präzision."
    (match,) = read(text).matches
    assert [(g.player, g.minute) for g in match.goals or []] == [("Lukas Podolski", None)]
