"""`Beim 5:1 (2:0) von Real Madrid im Viertelfinal-Rückspiel`, `der 3:1-Sieg von Ajax`: the
team after `von` right behind a score is the side the score is told from, so its first
number is that team's. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_a_score_owned_with_von():
    facts = read(
        " date 2024-04-18 Madrid (dpa) - Vinícius Júnior hat den FC Sevilla fast im "
        "Alleingang aus dem Pokal geschossen. Beim 5:1 (2:0) von Real Madrid im "
        "Santiago Bernabéu am Mittwochabend erzielte der Brasilianer drei Tore."
    )
    assert match(facts, "real-madrid", "sevilla").score == (5, 1)


def test_a_draw_with_sich_von_keeps_its_sides():
    facts = read(
        " date 2012-05-16 Karlsruhe (dpa) - Im Rückspiel trennte sich der Karlsruher SC am "
        "Dienstagabend im eigenen Stadion 1:1 von Jahn Regensburg."
    )
    assert not [m for m in facts.matches if m.home == "jahn-regensburg"]
