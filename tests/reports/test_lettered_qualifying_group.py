"""`im vierten Spiel der Gruppe C`, `in Group C of European Championship qualifying`: a
qualifying competition's games in a story that names a lettered group are group games,
so their `Hinspiel` / `first meeting` is no leg and the two games make no tie. Texts
written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read


def test_a_german_group_game_and_its_hinspiel():
    facts = read(
        " date 2019-10-15 Sofia (dpa) - Die englische Nationalmannschaft hat am Montagabend "
        "in Sofia das Spiel der EM-Qualifikation gegen Bulgarien mit 6:0 gewonnen und im "
        "fünften Spiel der Gruppe A den fünften Sieg gefeiert. Die Bulgaren hatten schon "
        "das Hinspiel verloren: Im September hatte England in London mit 4:0 gewonnen."
    )
    assert {(m.home, m.away, m.score, m.leg, m.stage) for m in facts.matches} == {
        ("bulgaria", "england", (0, 6), None, "group"),
        ("england", "bulgaria", (4, 0), None, "group"),
    }
    assert not facts.ties


def test_an_english_group_game_and_its_first_leg():
    facts = read(
        " date 2019-10-15 SOFIA, Bulgaria (AP) -- England routed Bulgaria 6-0 in Sofia on "
        "Monday, a fifth straight win in Group A of European Championship qualifying. "
        "England had also won the first leg 4-0 at Wembley in September."
    )
    assert all(m.leg is None for m in facts.matches)
    assert not facts.ties
