"""The text scanners never crash and give spans that fit the text they were given,
whatever the text (the reader runs them on every report it is handed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.competitions import find_competitions, find_stages
from bot.reports.text.dates import resolve_dates

WORDS = st.sampled_from(
    "İstanbul Champions League Königsklasse WM EM Klub-WM DFB-Pokal Pokalfinale Halbfinale "
    "final semifinal last 16 am Mittwochabend Wednesday night 23. April Feb. 14 14.02.2017 "
    "vor einer Woche three weeks ago yesterday gestern (31.) 3:1 2-0 ẞ ß ǅ Ω ﬁ".split()
)
TEXTS = st.one_of(st.text(max_size=200), st.lists(WORDS, max_size=40).map(" ".join))


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.sampled_from(["de", "en"]), st.sampled_from(["2025-04-10", "2024-04", None]))
def test_scanners_return_spans_inside_the_text(text, lang, published):
    for mention in find_competitions(text):
        assert 0 <= mention.start < mention.end <= len(text)
    for mention in find_stages(text, lang):
        assert 0 <= mention.start < mention.end <= len(text)
    for mention in resolve_dates(text, published, lang):
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.precision in ("day", "month")


def test_a_letter_that_grows_when_lowered_does_not_shift_the_spans():
    text = "İstanbul: im Halbfinale der Champions League am Mittwochabend, 23. April."
    (competition,) = find_competitions(text)
    assert text[competition.start : competition.end] == "Champions League"
    (stage,) = find_stages(text, "de")
    assert text[stage.start : stage.end] == "Halbfinale"
    (day,) = resolve_dates(text, "2025-04-25", "de")
    assert (text[day.start : day.end], day.value) == ("am Mittwochabend, 23. April", "2025-04-23")
