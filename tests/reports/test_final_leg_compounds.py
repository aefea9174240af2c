"""`das Finalhinspiel`, `im Finalrückspiel`: a two-legged final's legs, so the round is
the final (as `Halbfinalhinspiel` is the semi-final)."""

from __future__ import annotations

from bot.reports.matches.rounds import told_rounds
from tests.reports.helpers import match, read


def _stages(text: str) -> list[str | None]:
    return [stage for _, stage, _ in told_rounds(text)]


def test_final_leg_compounds():
    assert _stages("Inter hatte das Finalhinspiel beim FC Porto 2:1 gewonnen.") == ["final"]
    assert _stages("Im Finalrückspiel siegte Inter mit 1:0.") == ["final"]
    assert _stages("Im Halbfinalrückspiel siegte Inter mit 1:0.") == ["semi-final"]


def test_the_final_leg_is_read_as_the_final():
    facts = read(
        " date 1994-05-12 Mailand (dpa) - Inter Mailand hat den UEFA-Pokal gewonnen. Im "
        "Finalrückspiel gegen den Karlsruher SC gewannen die Mailänder am Mittwochabend im "
        "Giuseppe-Meazza-Stadion mit 1:0 (1:0)."
    )
    second = match(facts, "inter-milan", "karlsruher-sc")
    assert (second.stage, second.leg) == ("final", 2)
