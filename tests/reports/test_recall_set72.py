"""Goal wordings of sets 64, 65 and 72 (round rG23), with sentences of our own."""

from __future__ import annotations

from tests.reports.helpers import read


def events_of(text: str) -> set[tuple[str | None, int | None]]:
    return {(g.player, g.minute) for m in read(text).matches for g in m.goals or []}


LEAD = (
    " date 2015-01-25 LONDON (AP) -- Bradford City beat Chelsea 4-2 in the FA Cup fourth "
    "round on Saturday. Morais scored in the 75th minute. "
)


def test_a_shot_that_dipped_over_the_keeper_and_in_is_a_goal():
    found = events_of(
        LEAD + "Seven minutes later Halliday struck from 25 yards with a shot "
        "that dipped over Cech and in."
    )
    assert ("Halliday", 82) in found


def test_a_strike_with_an_adjective_before_the_name_is_a_goal():
    found = events_of(
        LEAD + "Chelsea fell behind to a thumping Mo Stead strike in the 34th minute."
    )
    assert ("Mo Stead", 34) in found


def test_swept_in_is_a_goal():
    assert ("Jon Stead", 44) in events_of(LEAD + "Jon Stead swept in a second in the 44th.")


def test_a_saved_header_is_no_goal():
    found = events_of(LEAD + "In the 50th minute a weak Halliday header was saved by Cech.")
    assert all(minute != 50 for _, minute in found)


def test_the_time_a_lead_held_until_is_the_when_clauses_goal():
    text = (
        " date 2000-05-08 PARIS (AP) -- Nantes beat Calais 2-1 in the French Cup final on "
        "Sunday. Calais took the lead in the 34th minute through Dutitre and held it until five "
        "minutes into the second half, when Sibierski equalised for Nantes."
    )
    found = events_of(text)
    assert ("Dutitre", 34) in found
    assert ("Sibierski", 50) in found


def test_a_lead_held_until_half_time_names_no_later_goal():
    text = (
        " date 2000-05-08 PARIS (AP) -- Nantes beat Calais 2-1 in the French Cup final on "
        "Sunday. Calais took the lead in the 34th minute through Dutitre and held it until the "
        "45th minute. Sibierski equalised for Nantes."
    )
    assert ("Sibierski", 45) not in events_of(text)
