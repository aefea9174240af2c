"""A verb whose object is one leg told with a day's possessive (`had won Tuesday's first
leg 1-0`, `won last week's first leg`) names that leg's winner, not who won the level
tie: the tie's winner comes from its own words (`on away goals`) or stays unsaid."""

from tests.reports.helpers import read, tie

LEAD = " date 2016-12-03 Kashima Antlers beat Urawa Red Diamonds 2-1 on Saturday. "


def test_a_days_leg_names_no_winner_of_the_tie():
    facts = read(
        LEAD + "The two-legged final finished 2-2 on aggregate after Urawa had won Tuesday's "
        "first leg 1-0 in Kashima."
    )
    assert all(t.winner is None for t in facts.ties)


def test_the_away_goals_words_still_name_the_winner():
    facts = read(
        LEAD + "The tie ended 2-2 on aggregate, Urawa having won last week's first leg 1-0 in "
        "Kashima, and Kashima went through on away goals."
    )
    found = tie(facts, "kashima-antlers", "urawa")
    assert (found.winner, found.decided_by) == ("kashima-antlers", "away_goals")
