"""Two sides knocked out on the way to a final, each named with its round (set 34,
`hatten die Bremer im Viertelfinale Galatasaray Istanbul und im Halbfinale den FC Brügge
ausgeschaltet`): each is a tie the subject won."""

from __future__ import annotations

from tests.reports.helpers import read, tie


def _winners(facts) -> dict:
    return {frozenset(t.teams): t.winner for t in facts.ties}


def test_two_sides_each_after_its_round_de():
    facts = read(
        " date 2023-06-11 Manchester City gewann am Samstag die Champions League. Auf dem "
        "Weg nach Istanbul hatte Inter Mailand im Achtelfinale den FC Porto und im "
        "Viertelfinale Benfica Lissabon ausgeschaltet."
    )
    assert tie(facts, "inter-milan", "porto").winner == "inter-milan"
    assert tie(facts, "inter-milan", "benfica").winner == "inter-milan"


def test_two_sides_each_before_its_round_en():
    facts = read(
        " date 2023-06-11 Manchester City won the Champions League on Saturday. Inter Milan "
        "had knocked out Porto in the last 16 and Benfica in the quarter-finals."
    )
    assert tie(facts, "inter-milan", "porto").winner == "inter-milan"
    assert tie(facts, "inter-milan", "benfica").winner == "inter-milan"


def test_a_subject_after_the_auxiliary_without_an_article_is_the_winner():
    facts = read(
        " date 2023-06-11 Manchester City gewann am Samstag die Champions League. Zuvor "
        "hatte Inter Mailand den FC Porto und Benfica Lissabon ausgeschaltet."
    )
    assert _winners(facts) == {
        frozenset(("inter-milan", "porto")): "inter-milan",
        frozenset(("inter-milan", "benfica")): "inter-milan",
    }
