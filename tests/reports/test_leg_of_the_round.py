"""`im Hinspiel des Finales ... nur ein Unentschieden erreicht`: a round after `Hinspiel
des` / `first leg of the` is the round the result was played in; the later `erreicht`
reaches a draw, not that round (which would make it the semi-final)."""

from __future__ import annotations

from bot.reports.matches.rounds import told_rounds


def _stages(text: str) -> list[str | None]:
    return [stage for _, stage, _ in told_rounds(text)]


def test_hinspiel_des_finales_is_the_final():
    text = "Der HSV hat im Hinspiel des Finales nur ein Unentschieden erreicht."
    assert _stages(text) == ["final"]


def test_rueckspiels_des_halbfinales():
    text = "Im Verlauf des Rückspiels des Halbfinales hat Celtic kaum eine Chance erreicht."
    assert _stages(text) == ["semi-final"]


def test_a_round_reached_stays_the_round_before():
    assert _stages("Der HSV hat das Finale erreicht.") == ["semi-final"]
