"""German inversion after a time that opens the clause: `In der 41. Minute setzte sich
Luan ... durch und lupfte ...`, `Bereits in der 5. Minute ließ Sancho zwei Gegner
aussteigen und schlenzte ...`: the first name after the verb (and `sich`) is the subject,
whatever the verb; a name run into the object (`ließ Musiala Nübel`) is not read.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

_DE = (
    " date 2024-02-11 Bayer Leverkusen hat am Samstag in der BayArena den FSV Mainz 05 "
    "mit 2:0 geschlagen. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "In der 33. Minute setzte sich Boniface gegen zwei Verteidiger durch und lupfte den "
        "Ball über Torhüter Zentner hinweg ins Netz.",
        "In der 33. Minute drehte sich Boniface um die eigene Achse und traf ins lange Eck.",
        "Bereits in der 33. Minute ließ Boniface zwei Mainzer aussteigen und schlenzte den "
        "Ball zum 1:0 ins lange Eck.",
        "Kurz vor der Pause umkurvte Boniface den Torhüter und schob zum 1:0 ein (33.).",
    ],
)
def test_the_subject_after_a_time_and_its_verb_scores(sentence: str) -> None:
    found = match(read(_DE + sentence), "bayer-leverkusen", "mainz-05")
    assert [(g.minute, g.player) for g in found.goals] == [(33, "Boniface")]


def test_subject_and_object_run_together_are_not_a_scorer() -> None:
    text = _DE + "In der 33. Minute ließ Boniface Zentner keine Chance."
    found = match(read(text), "bayer-leverkusen", "mainz-05")
    assert all(" " not in (g.player or "") for g in found.goals or [])


def test_a_pronoun_subject_leaves_the_keeper_unread() -> None:
    text = _DE + "Boniface war kaum zu halten. In der 33. Minute ließ er Zentner keine Chance."
    found = match(read(text), "bayer-leverkusen", "mainz-05")
    assert all(g.player != "Zentner" for g in found.goals or [])
