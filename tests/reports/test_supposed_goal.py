"""A goal supposed, not scored (`One Leeds goal at Elland Road would leave them needing
three`, `Ein Tor der Gäste würde ... reichen`), is no goal and names no scorer; met on
set 57's preview of a second leg, sentences written for these tests."""

from __future__ import annotations

from bot.reports.goals.notscored import tells_no_goal


def test_a_supposed_goal_tells_no_goal_en():
    assert tells_no_goal("One Leeds goal at Elland Road would leave Chelsea needing three.", "en")
    assert tells_no_goal("But a single away goal could change everything.", "en")


def test_a_supposed_goal_tells_no_goal_de():
    assert tells_no_goal("Ein Tor der Gäste würde Bremen zum Weiterkommen reichen.", "de")


def test_a_goal_that_would_be_remembered_is_scored():
    assert not tells_no_goal("A goal that would be remembered for years came from Hill.", "en")
    assert not tells_no_goal("Sam Hill scored a goal that would decide the final.", "en")
    assert not tells_no_goal("Ein Tor, das Geschichte schreiben sollte, erzielte Bauer.", "de")
