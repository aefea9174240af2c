"""A main result whose sentence says the cup was won (`hat den Europapokal der
Pokalsieger gewonnen`, `to win the Cup Winners' Cup`) is the final, though the word
`Finale` is not there. Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_a_european_cup_won_in_the_perfect_is_the_final():
    facts = read(
        " date 1986-05-03 Lyon – Dynamo Kiew hat am Freitagabend den Europapokal der"
        " Pokalsieger gewonnen und Atlético Madrid mit 3:0 (1:0) besiegt."
    )
    m = match(facts, "dynamo-kyiv", "atletico-madrid")
    assert (m.stage, m.neutral) == ("final", True)


def test_a_cup_won_in_the_perfect_beside_the_score():
    facts = read(
        " date 1999-06-13 Berlin – Der SV Werder Bremen hat den DFB-Pokal geholt und den"
        " VfB Stuttgart mit 2:0 besiegt."
    )
    assert match(facts, "werder-bremen", "vfb-stuttgart").stage == "final"


def test_the_english_cup_won_is_the_final_as_before():
    facts = read(
        " date 1986-05-03 LYON, France (AP) — Dynamo Kiev beat Atletico Madrid 3-0 on Friday"
        " night to win the Cup Winners' Cup."
    )
    assert match(facts, "dynamo-kyiv", "atletico-madrid").stage == "final"
