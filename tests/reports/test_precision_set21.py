"""Wrong facts found on unseen set 21 (first read P=0.91 R=0.66), each a phrase family
with sentences written for the tests."""

from __future__ import annotations

from pathlib import Path

from tests.reports.helpers import read

SET21 = Path(__file__).resolve().parents[1] / "data" / "reports21"


def test_a_standing_right_after_another_club_is_not_guessed_as_the_storys_team():
    """`Im Endspiel ... treffen die Münchner auf Borussia Dortmund. Der Meister hatte sich
    bereits am Dienstag bei der SpVgg Greuther Fürth ... mit 1:0 durchgesetzt` (set 21's
    own text: the Meister is Dortmund)."""
    text = SET21.joinpath("2012-03-21-moenchengladbach-bayern-pokal.de.txt").read_text()
    facts = read(text)
    assert not [m for m in facts.matches if "greuther-furth" in (m.home, m.away)]
