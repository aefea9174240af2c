"""`brachte ein abgefälschter Schuss von Jonas Hofmann die Gladbacher in Führung (48.)`: the
one whose deflected shot it was scored, not the scorer of the clause before; a shot that
another player put in after it (`Nach einem Schuss von X staubte Y ab`) stays Y's.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read

REPORT = (
    " date 2021-10-31 Borussia Mönchengladbach hat am Samstagabend vor eigenem Publikum den"
    " FC Augsburg mit 2:1 besiegt. Andre Hahn brachte die Gäste in Führung (21.), Lars"
    " Stindl glich per Kopfball aus (39.). {sentence}"
)


@pytest.mark.parametrize(
    ("sentence", "scorer"),
    [
        (
            "Kurz nach der Pause brachte ein abgefälschter Schuss von Jonas Hofmann die"
            " Gladbacher sogar in Führung (48.).",
            "Jonas Hofmann",
        ),
        (
            "Nach einem Schuss von Jonas Hofmann staubte Alassane Plea zum 2:1 ab (48.).",
            "Alassane Plea",
        ),
    ],
)
def test_the_shot_is_its_player_s(sentence: str, scorer: str) -> None:
    [match] = read(REPORT.format(sentence=sentence)).matches
    assert [g.player for g in match.goals or () if g.minute == 48] == [scorer]
