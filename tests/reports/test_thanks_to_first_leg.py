"""`trotz einer 0:1-Niederlage beim FC Bayern dank des 3:2 aus dem Hinspiel`: a score
after `dank des`/`thanks to the` carries no verb of its own, so a defeat told before it
is not its outcome; it is the first leg, told from the same side. Texts written for these
tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_a_german_first_leg_after_dank_des_is_read():
    facts = read(
        " date 2021-04-15 London - Chelsea steht im Halbfinale. Ebenfalls am Mittwoch zog "
        "Manchester City ins Halbfinale ein. City trifft nun auf Paris Saint-Germain, das sich "
        "am Dienstag trotz einer 0:1-Niederlage beim FC Bayern München dank des 3:2 aus dem "
        "Hinspiel durchgesetzt hatte."
    )
    first = match(facts, "psg", "bayern-munich")
    assert (first.score, first.leg) == ((3, 2), 1)
    assert match(facts, "bayern-munich", "psg").leg == 2
