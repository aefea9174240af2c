"""Looking for competitions only before a point gives exactly the start of the whole
list: the reader asks the opening of a report first and trusts that answer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.competitions import find_competitions

WORDS = st.sampled_from(
    "Champions League Königsklasse UEFA Europa Conference WM EM Klub-WM DFB-Pokal "
    "Pokalfinale Euro 2024 MLS Cup Premier 2. Bundesliga Copa del Rey the in der , . - \n "
    "İstanbul Süper Lig".split(" ")
)
TEXTS = st.lists(WORDS, max_size=60).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.integers(min_value=0, max_value=400))
def test_mentions_before_a_point_are_the_head_of_the_whole_list(text, until):
    whole = find_competitions(text, "2024-05-01")
    assert find_competitions(text, "2024-05-01", until) == [m for m in whole if m.start < until]


def test_a_report_names_its_competition_in_the_opening():
    text = "Real Madrid won the Champions League final. " + "The crowd sang. " * 60
    text += "Next up is the Copa del Rey."
    first = find_competitions(text, "2024-06-01", 100)
    assert [m.name for m in first] == ["UEFA Champions League"]
    assert [m.name for m in find_competitions(text, "2024-06-01")][-1] == "Copa del Rey"
