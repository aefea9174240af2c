"""`im Endspiel der Coupe de France`, `the Copa Colombia final`: a name inside a cup's name
is no side of the result, so the sentence's own opponent is read."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_coupe_de_france_names_no_side():
    facts = read(
        " date 2022-05-08 Paris Saint-Germain hat den ersten Titel der Saison gewonnen. Der "
        "französische Meister besiegte am Samstagabend im Stade de France den FC Nantes im "
        "Endspiel der Coupe de France mit 2:1 (1:0)."
    )
    final = match(facts, "psg", "nantes")
    assert (final.stage, final.date) == ("final", "2022-05-07")
    assert all("france" not in (m.home, m.away) for m in facts.matches)


def test_the_coupe_de_france_final_of_a_named_winner():
    facts = read(
        " date 2019-04-28 PARIS (AP) — Rennes won the Coupe de France on Saturday, beating "
        "Paris Saint-Germain 6-5 on penalties after a 2-2 draw in the final at the Stade de "
        "France."
    )
    assert all("france" not in (m.home, m.away) for m in facts.matches)
