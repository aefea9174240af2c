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


STORY = (
    " date 2014-07-14 Rio de Janeiro (dpa) - Deutschland ist Weltmeister. Die DFB-Elf "
    "besiegte im Finale der WM in Rio Argentinien mit 1:0 nach Verlängerung. "
)


def test_a_coachs_team_is_not_the_storys_team_by_default():
    facts = read(
        STORY + "In Rio köpfte Mario Götze in der 113. Minute das Siegtor. Die Mannschaft "
        "von Louis van Gaal tröstete sich am Samstag mit Platz drei: Gegen Kolumbien gewann "
        "sie mit 3:0."
    )
    assert not [m for m in facts.matches if "colombia" in (m.home, m.away)]


def test_a_coachs_team_is_the_team_the_sentence_before_names():
    facts = read(
        STORY + "Für die Niederlande blieb Platz drei. Die Mannschaft von Louis van Gaal "
        "gewann am Samstag in Brasília mit 3:0 gegen Brasilien."
    )
    found = [m for m in facts.matches if "brazil" in (m.home, m.away)]
    assert [(m.home, m.away, m.score) for m in found] in (
        [("netherlands", "brazil", (3, 0))],
        [("brazil", "netherlands", (0, 3))],
    )
