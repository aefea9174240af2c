"""A tie told by its winner alone where the beaten side follows `gegen den`/`against the`:
the side after the preposition and its article is the beaten one, so the subject before
it is the winner (set 34, `Die Eintracht hatte sich gegen den FC Bayern durchgesetzt`)."""

from __future__ import annotations

from tests.reports.helpers import read, tie


def test_a_side_after_gegen_and_its_article_is_the_beaten_one():
    facts = read(
        " date 1997-05-22 Schalke gewann den UEFA-Pokal im Elfmeterschießen gegen Inter "
        "Mailand. Im Halbfinale hatten zwei Klubs gestanden: Schalke hatte sich gegen den CD "
        "Teneriffa durchgesetzt, Inter gegen den AS Monaco."
    )
    assert tie(facts, "schalke-04", "tenerife").winner == "schalke-04"


def test_an_inverted_subject_before_gegen_den_is_the_winner():
    facts = read(
        " date 1997-05-22 Schalke gewann den UEFA-Pokal im Elfmeterschießen gegen Inter "
        "Mailand. Im Halbfinale hatte sich Schalke gegen den CD Teneriffa durchgesetzt."
    )
    assert tie(facts, "schalke-04", "tenerife").winner == "schalke-04"


def test_a_side_after_against_the_is_the_beaten_one_en():
    facts = read(
        " date 1997-05-22 Schalke won the UEFA Cup on penalties against Inter Milan. In the "
        "semi-finals Inter Milan had advanced against the AS Monaco side of Arsene Wenger, "
        "while Schalke went through against Tenerife."
    )
    assert tie(facts, "inter-milan", "monaco").winner == "inter-milan"
