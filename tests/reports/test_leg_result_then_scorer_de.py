"""A German clause right after a leg's result that names its scorer without a conjunction
(`gewannen ... mit 1:0, Valentin Stocker traf kurz vor dem Ende`) is about that leg
(round sG23), own texts."""

from __future__ import annotations

from tests.reports.helpers import read

DE = (
    " date 2012-05-17 Bern (SID) - Der FC Basel hat den Schweizer Cup gewonnen. Im Final "
    "setzte sich der Klub am Mittwochabend gegen den FC Luzern durch - allerdings erst im "
    "Elfmeterschießen. Nach 120 Minuten hatte es 1:1 gestanden.\n\n"
    "Unter Trainer Heiko Vogel hatte der FCB auch in der Champions League Schlagzeilen "
    "geschrieben: "
)


def _goals(text: str) -> dict[tuple[int, int], list[tuple[str | None, int | None]]]:
    return {
        m.score: [(g.player, g.minute) for g in m.goals or []]
        for m in read(text).matches
        if {m.home, m.away} == {"basel", "bayern-munich"}
    }


def test_scorer_after_a_first_leg_result():
    text = DE + (
        "Im Achtelfinal-Hinspiel gegen den FC Bayern gewannen die Basler "
        "im Februar im St.-Jakob-Park mit 1:0, Marco Streller traf kurz vor dem Ende. Im "
        "Rückspiel in München gingen sie dann mit 0:7 unter."
    )
    assert _goals(text).get((1, 0)) == [("Marco Streller", None)]

