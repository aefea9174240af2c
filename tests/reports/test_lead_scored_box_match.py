"""A report whose own match is read from a results box at its end, while the lead tells
its score and both teams (`came from behind to win 2-1 at Real Valladolid`): the lead's
match is the main one, so the prose goals are not put on a rival named more often in a
past season's result. Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_EN = (
    " date 2023-05-28 LISBON (AP) - Joao Mario, sold by Sporting four years ago, fired "
    "Benfica to the Portuguese title on Saturday as the visitors came back to win 2-1 at "
    "Santa Clara on the last day.\n\n"
    "Benfica needed a point and were behind for half an hour. Gabriel Silva put "
    "Santa Clara in front in the 12th minute.\n\n"
    "Rafa Silva equalized in the 44th minute, and 10 minutes later Joao Mario scored the goal "
    "that won the title.\n\n"
    "It is Benfica's 38th league title and their first since 2019, when they clinched it "
    "with a 1-1 draw at Sporting on the "
    "last day, Pepe scoring for the home side and Pizzi heading the equalizer.\n\n"
    "Sporting, whose hopes had gone weeks ago, finished third. Sporting's coach sent his "
    "congratulations.\n\n"
    "THE DECISIVE GAME\n"
    "Santa Clara 1 (Gabriel Silva 12) Benfica 2 (Rafa Silva 44, Joao Mario 54)\n"
)


def test_box_match_told_in_the_lead_takes_the_prose_goals() -> None:
    facts = read(_EN)
    past = match(facts, "sporting-cp", "benfica")
    assert not any(g.player in ("Rafa Silva", "Joao Mario") for g in past.goals or [])
    own = match(facts, "santa-clara", "benfica")
    assert [g.player for g in own.goals] == [
        "Gabriel Silva",
        "Rafa Silva",
        "Joao Mario",
    ]
