"""A shoot-out after a level score told of the side named with it (`Palmeiras 1-1 Boca
Juniors (Boca Juniors win 4-2 on penalties)`) is that side's win, kept in home-away
order; a shoot-out told of the result's subject stays its own. Met on set 79's
Palmeiras-Boca live blog; sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

TAIL = " The Copa Libertadores semi-final was a tense evening in front of a full house."


def pens(line: str):
    facts = read(" date 2023-10-06 " + line + TAIL)
    return match(facts, "palmeiras", "boca-juniors").penalties


def test_shootout_of_the_other_side_in_brackets():
    assert pens(
        "Palmeiras 1-1 Boca Juniors (Boca Juniors win 4-2 on penalties, 1-1 on aggregate) "
        "at Allianz Parque on Thursday night."
    ) == (2, 4)


def test_shootout_of_the_first_side_in_brackets():
    assert pens(
        "Palmeiras 1-1 Boca Juniors (Palmeiras win 4-2 on penalties, 1-1 on aggregate) "
        "at Allianz Parque on Thursday night."
    ) == (4, 2)


def test_shootout_of_the_subject_with_an_object_named():
    assert pens(
        "Palmeiras drew 1-1 with Boca Juniors at Allianz Parque on Thursday night and then "
        "won 4-2 on penalties."
    ) == (4, 2)
