"""The advance cue must find its verb whatever its case: a verb that opens a
sentence ("Advanced:", "Went through:") is capitalised."""

from tests.reports.helpers import read, tie


def test_capitalised_advance_verb_names_the_winner_of_the_tie():
    facts = read(
        " date 2024-03-14 Advanced: Benfica, after beating Rangers 1-0 at Ibrox on Thursday."
    )
    t = tie(facts, "benfica", "rangers")
    assert t.winner == "benfica"


def test_capitalised_went_through_names_the_winner_of_a_shootout():
    facts = read(
        " date 2024-04-18 Went through: Real Madrid, 4-3 winners on penalties at Manchester City."
    )
    assert tie(facts, "real-madrid", "manchester-city").winner == "real-madrid"


def test_lower_case_verb_reads_the_same():
    low = read(" date 2024-03-14 Benfica advanced after beating Rangers 1-0 at Ibrox on Thursday.")
    assert tie(low, "benfica", "rangers").winner == "benfica"
