"""`Ajax beat Genoa 4-3 on aggregate, while Torino knocked out Real Madrid 3-2 over two
legs, overturning a defeat in the Bernabeu with a 2-0 win at home`: a score whose clause
names no team is against the team its subject's own clause named (Real Madrid), not
against the first team of the sentence (Ajax, of another clause). Texts written for
these tests."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_the_subjects_own_object_is_the_opponent() -> None:
    facts = read(
        " date 1994-05-12 MILAN, Italy (AP) - Inter Milan won the UEFA Cup on Wednesday, "
        "beating Parma 1-0 at San Siro.\n\nBoth finalists had come through difficult "
        "semi-finals. Inter beat Porto 4-3 on aggregate, while Parma knocked out Atletico "
        "Madrid 3-2 over two legs, overturning a defeat in Madrid with a 2-0 win at home."
    )
    found = pairs(facts)
    assert ("parma", "inter-milan", (2, 0)) not in found
    assert ("inter-milan", "parma", (0, 2)) not in found


def test_a_country_after_the_subjects_clause_is_no_object() -> None:
    facts = read(
        " date 2021-03-11 PARIS (AP) - Paris Saint-Germain beat Barcelona on Wednesday.\n\n"
        "Chelsea beat Atletico Madrid 2-0 in Bucharest in the other game of the evening — "
        "Chelsea were the home side on paper, with both legs moved to Romania — and went "
        "through 3-0 on aggregate."
    )
    assert not [t for t in facts.ties if "romania" in t.teams]
