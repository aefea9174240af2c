"""A competition named in a relative clause told in the past perfect (`eine Saison, in der
sie bereits die Meisterschaft in der Eredivisie gewonnen hatte`) is the one of something
done before, not the result's."""

import pytest

from tests.reports.helpers import read

TEXTS = [
    " date 1974-05-30 Feyenoord hat den UEFA-Pokal gewonnen. Im Rückspiel des Finales siegte "
    "die Elf von Wiel Coerver am Mittwochabend zu Hause gegen Tottenham Hotspur mit 2:0 und "
    "krönte damit eine Saison, in der sie bereits den Meistertitel in der Eredivisie geholt "
    "hatte.",
    " date 1974-05-30 Feyenoord won the UEFA Cup on Wednesday night, beating Tottenham "
    "Hotspur 2-0 at home in the second leg of the final, and crowned a season in which they "
    "had already won the Eredivisie.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_past_perfect_relative_clause_names_no_competition_of_the_result(text):
    facts = read(text)
    found = [m for m in facts.matches if m.score in ((2, 0), (0, 2))]
    assert found and all(m.competition != "Eredivisie" for m in found), found
