"""`Im Vorjahr war die Borussia in der Europa League im Viertelfinale am FC Liverpool
gescheitert`: a tie told of the year before is that season's, not the story's."""

from __future__ import annotations

from bot.reports.ties.failedat import told_last_season


def test_german_year_before_is_last_season():
    assert told_last_season(
        "Im Vorjahr war Schalke in der Europa League im Viertelfinale am FC Sevilla gescheitert."
    )
    assert told_last_season("Schalke war im Vorjahr im Halbfinale an Ajax gescheitert.")


def test_english_year_before_is_last_season():
    assert told_last_season("A year earlier Schalke had gone out to Sevilla in the quarter-finals.")


def test_this_season_is_not_last_season():
    assert not told_last_season("Schalke war im Viertelfinale am FC Sevilla gescheitert.")
