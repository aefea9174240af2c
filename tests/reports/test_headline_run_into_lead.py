"""A bare result line with a full stop as the story's first sentence (`Newcastle United 5
Manchester United 0. Ten weeks after ...`) is the headline run into the lead: the home
side first. Not a round-up's line further down, nor one after a place. Sentences
written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, pairs, read


def test_a_result_line_opening_the_story_with_a_full_stop():
    facts = read(
        " date 1996-10-21 Newcastle United 5 Manchester United 0. Kevin Keegan's side produced"
        " the perfect answer at St James' Park on Sunday."
    )
    m = match(facts, "newcastle-united", "manchester-united")
    assert (m.score, m.neutral) == ((5, 0), False)


def test_a_result_line_after_the_opening_is_no_headline():
    facts = read(
        " date 1986-06-23 MEXICO CITY - The World Cup quarter-finals had everything this"
        " weekend. ARGENTINA 2 ENGLAND 1. At the Azteca Maradona settled it."
    )
    assert ("argentina", "england", (2, 1)) not in pairs(facts)


def test_a_result_line_after_a_place_may_be_on_neutral_ground():
    facts = read(
        " date 2020-08-11 Europa League quarter-final, Cologne: Manchester United 1 FC Copenhagen"
        " 0 (after extra time). How the night unfolded."
    )
    assert all(not (m.home == "manchester-united" and not m.neutral) for m in facts.matches)
