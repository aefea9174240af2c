"""`Mit 4:2 in der Gesamtwertung verteidigten die Andalusier den Pokal, den sie im
Vorjahr gegen den FC Middlesbrough gewonnen hatten`: a team named after the score only
inside a relative clause that tells another season is that season's opponent, so the
score gets no tie or match against it. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read


def _with_boro(text: str) -> list:
    facts = read(text)
    found = [t for t in facts.ties if "middlesbrough" in t.teams]
    return found + [m for m in facts.matches if "middlesbrough" in (m.home, m.away)]


def test_a_german_trophy_won_the_year_before():
    assert not _with_boro(
        " date 2007-05-17 Glasgow (dpa) - Der FC Sevilla hat den UEFA-Pokal erneut gewonnen. "
        "Mit 4:2 in der Gesamtwertung verteidigten die Andalusier den Pokal, den sie im "
        "Vorjahr gegen den FC Middlesbrough gewonnen hatten."
    )


def test_an_english_trophy_won_the_year_before():
    assert not _with_boro(
        " date 2007-05-17 GLASGOW (AP) -- Sevilla won the UEFA Cup again. Sevilla won 4-2 on "
        "aggregate to keep the trophy, which they had won against Middlesbrough the year "
        "before."
    )


def test_a_relative_clause_of_this_season_keeps_its_team():
    facts = read(
        " date 2007-05-17 GLASGOW (AP) -- Sevilla won the UEFA Cup again. Sevilla beat "
        "Espanyol 2-1 in the final on Wednesday, which they had reached against Osasuna."
    )
    assert [(m.score) for m in facts.matches if "espanyol" in (m.home, m.away)] == [(2, 1)]
