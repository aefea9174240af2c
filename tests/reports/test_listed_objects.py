"""`beating Chile 2-0, Peru 4-1 and Bolivia 3-0`, `schlug Chile 2:0, Peru 4:1 und
Bolivien 3:0`: scores after names joined to a `Name score` result share its subject and
verb. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read


def _found(facts):
    return {(frozenset((m.home, m.away)), m.score if m.home == "brazil" else m.score[::-1])
            for m in facts.matches}  # fmt: skip


def test_an_english_list_of_beaten_sides_shares_the_subject():
    found = _found(
        read(
            " date 2019-07-03 BELO HORIZONTE, Brazil (AP) - Brazil beat Argentina 2-0 on "
            "Tuesday to reach the Copa America final.\n\nBrazil won all three of their group "
            "games without conceding a goal, beating Bolivia 3-0, Peru 5-0 and Venezuela "
            "1-0, and they will be favourites in the final."
        )
    )
    assert (frozenset(("brazil", "peru")), (5, 0)) in found
    assert (frozenset(("brazil", "venezuela")), (1, 0)) in found
    assert frozenset(("peru", "venezuela")) not in {pair for pair, _ in found}


def test_a_german_list_of_beaten_sides_shares_the_subject():
    found = _found(
        read(
            " date 2019-07-03 Belo Horizonte (dpa) - Brasilien hat am Dienstag mit 2:0 gegen "
            "Argentinien das Finale der Copa América erreicht.\n\nIn der Vorrunde schlug "
            "Brasilien Bolivien 3:0, Peru 5:0 und Venezuela 1:0."
        )
    )
    assert frozenset(("peru", "venezuela")) not in {pair for pair, _ in found}
    assert (frozenset(("brazil", "peru")), (5, 0)) in found


def test_a_name_with_its_own_opponent_after_the_score_is_no_listed_object():
    facts = read(
        " date 2019-03-11 Berlin (dpa) - Bayern München schlug am Samstag Borussia Dortmund "
        "2:1, RB Leipzig 3:0 gegen den 1. FC Köln."
    )
    assert not [m for m in facts.matches if {m.home, m.away} == {"bayern-munich", "rb-leipzig"}]
