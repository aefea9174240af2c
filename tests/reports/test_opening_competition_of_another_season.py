"""A competition the opening names only in a past-perfect relative clause about another
season (`den Titelverteidiger, die in der vergangenen Saison bis zum Europa-League-Finale
kein Spiel verloren hatte`) is not the report's competition; one named in such a clause about
this tournament (`who had carried African hopes at the first World Cup`) still is. Texts
written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read


def test_a_final_of_last_season_in_german():
    facts = read(
        " date 2024-04-04 Der 1. FC Saarbrücken, Drittligist, steht im Halbfinale. Am "
        "Mittwochabend hat die Mannschaft von Rüdiger Ziehl im Ludwigspark den FC Bayern "
        "München mit 2:1 geschlagen, die Mannschaft von Thomas Tuchel, die in der vergangenen "
        "Saison bis zum Champions-League-Viertelfinale kein Heimspiel verloren hatte."
    )
    assert {m.competition for m in facts.matches} <= {None, "DFB-Pokal"}


def test_a_final_of_last_season_in_english():
    facts = read(
        " date 2024-04-04 Third-tier Saarbruecken knocked out Bayern Munich, who had lost no "
        "home game on the way to the Champions League quarter-finals last season, winning 2-1 "
        "at the Ludwigspark on Wednesday."
    )
    assert "UEFA Champions League" not in {m.competition for m in facts.matches}
