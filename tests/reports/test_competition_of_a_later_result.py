"""`They won 4-0 at the stadium in October and thrashed them 5-2 in the Super Cup final in
January`: a competition named in a later clause that holds a result of its own is that
result's, not the earlier score's."""

from __future__ import annotations

from bot.reports.matches.competitionmentions import find_competitions
from bot.reports.matches.othercomp import after_other_results
from tests.reports.helpers import read


def test_german_competition_after_a_second_result():
    facts = read(
        " date 2019-05-26 Der FC Bayern hat den DFB-Pokal gewonnen und RB Leipzig im Finale "
        "mit 3:0 besiegt. Auch die übrigen Duelle der Saison hatten die Münchner gewonnen. "
        "Sie siegten im Dezember mit 4:1 in Leipzig und schlugen Leipzig im Februar mit 2:0 "
        "im DFL-Supercup."
    )
    found = [m for m in facts.matches if sorted(m.score) == [1, 4]]
    assert found and found[0].competition != "DFL-Supercup"


def test_english_competition_after_a_second_result():
    text = (
        "They won 2-0 at the Metropolitano in October and thrashed Atletico 4-1 in the "
        "Spanish Super Cup final in January."
    )
    named = find_competitions(text, "2019-05-26")
    assert after_other_results(text, named, text.index("2-0")) == named
    assert after_other_results(text, named, text.index("4-1")) == []


def test_a_competition_of_the_same_clause_stays():
    text = "They won 2-0 in the Spanish Super Cup final in January, before a 1-1 in March."
    named = find_competitions(text, "2019-05-26")
    assert after_other_results(text, named, text.index("2-0")) == []
