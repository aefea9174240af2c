"""`Ein Viertelfinale ... als einziges Spiel, ohne Rückspiel`, `a one-off quarter-final in
Lisbon`: where the report says its rounds are single matches, `hat sich gegen Atalanta
durchgesetzt` names no two-legged tie (a held-out column gave PSG a tie over Atalanta).
Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read


def test_no_winner_only_tie_where_rounds_are_single_matches() -> None:
    facts = read(
        " date 2020-08-14 Ein Viertelfinale in Lissabon, als einziges Spiel, ohne Rückspiel. "
        "Leipzig gewann 2:1 gegen Atlético Madrid. Im Halbfinale wartet Paris Saint-Germain, "
        "das sich tags zuvor gegen Atalanta Bergamo durchgesetzt hat."
    )
    assert not [t for t in facts.ties if set(t.teams) == {"psg", "atalanta"}]
    facts = read(
        " date 2020-08-14 In a one-off quarter-final in Lisbon, Leipzig beat Atletico Madrid 2-1. "
        "They meet Paris Saint-Germain, who knocked out Atalanta the night before."
    )
    assert not [t for t in facts.ties if set(t.teams) == {"psg", "atalanta"}]


def test_a_two_legged_round_still_names_a_tie() -> None:
    facts = read(
        " date 2020-03-11 Leipzig hat sich im Achtelfinale der Champions League gegen Tottenham "
        "durchgesetzt. Im Viertelfinale wartet Atalanta, das sich gegen Valencia durchgesetzt hat."
    )
    assert [t for t in facts.ties if set(t.teams) == {"rb-leipzig", "tottenham"}]
