"""A player who `fired Valencia to a 2-0 win` makes Valencia the winner of that result,
though Valencia stands as the verb's object (as in set 29's `hatte Marc Wilmots die
Gelsenkirchener ... zum 1:0-Sieg geschossen`): the reader once took the object for the
loser. Sentences written here."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_fired_to_a_win_in_the_first_leg_makes_the_object_the_winner_en():
    facts = read(
        "Sevilla went out on Thursday despite a 2-1 win at home to Valencia. A week "
        "earlier, Hugo Duro had fired Valencia to a 2-0 win in the first leg at Mestalla."
    )
    assert ("valencia", "sevilla", (2, 0)) in pairs(facts)
    assert ("valencia", "sevilla", (0, 2)) not in pairs(facts)


def test_headed_to_a_win_over_a_named_side_makes_the_object_the_winner_en():
    facts = read(
        "Sevilla went out on Thursday despite a 2-1 win at home to Valencia. In the first "
        "leg, Hugo Duro headed Valencia to a 2-0 win over Sevilla."
    )
    assert ("valencia", "sevilla", (2, 0)) in pairs(facts)
    assert ("valencia", "sevilla", (0, 2)) not in pairs(facts)
    assert ("sevilla", "valencia", (0, 2)) not in pairs(facts)


def test_zum_sieg_geschossen_never_makes_the_object_the_loser_de():
    facts = read(
        "Der FC Sevilla schied am Donnerstag trotz eines 2:1-Sieges gegen den FC Valencia "
        "aus. Im Hinspiel hatte Hugo Duro den FC Valencia zum 2:0-Sieg geschossen."
    )
    assert ("valencia", "sevilla", (0, 2)) not in pairs(facts)
    assert ("sevilla", "valencia", (2, 0)) not in pairs(facts)
