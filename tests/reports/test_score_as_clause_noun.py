"""`das 1:0 aus dem Hinspiel in Belfast reichte ...`: an article right before a score is
the score's own article (the score is the clause's subject), not a relative pronoun
whose antecedent is the team named before the comma; the result stays the story
side's, and the leg's town gives the home side."""

from __future__ import annotations

from tests.reports.helpers import match, read, tie


def test_das_before_a_score_is_no_relative_pronoun():
    facts = read(
        " date 2019-11-20 Wien (dpa) - Österreich steht im Viertelfinale. Die Mannschaft "
        "von Trainer Franco Foda kam am Dienstagabend im Rückspiel gegen Schottland in "
        "Wien zwar nicht über ein 1:1 hinaus, das 2:0 aus dem Hinspiel in Glasgow reichte "
        "aber für das Weiterkommen."
    )
    first = match(facts, "scotland", "austria")
    assert first.score == (0, 2)
    assert tie(facts, "austria", "scotland").winner == "austria"


def test_der_before_a_score_in_german():
    facts = read(
        " date 2019-11-20 Madrid (dpa) - Spanien hat das Finale erreicht. Das Team von "
        "Trainer Luis Enrique spielte am Dienstag im Rückspiel gegen Schweden in Madrid "
        "nur 0:0, der 3:1-Sieg aus dem Hinspiel in Stockholm genügte aber."
    )
    assert match(facts, "sweden", "spain").score == (1, 3)


def test_the_english_clause_stays_the_story_sides():
    facts = read(
        " date 2019-11-20 VIENNA (AP) - Austria reached the quarterfinals on Tuesday. "
        "Franco Foda's team were held 1-1 by Scotland in Vienna, but the 2-0 win in the "
        "first leg in Glasgow was enough to go through."
    )
    assert all(m.score != (2, 0) or m.home != "scotland" for m in facts.matches)


def test_a_team_of_another_clause_is_not_the_scores_side():
    facts = read(
        " date 2012-05-13 Berlin (dpa) - Borussia Dortmund hat den DFB-Pokal gewonnen. "
        "Die Westfalen besiegten am Samstagabend im Berliner Olympiastadion den FC Bayern "
        "München mit 5:2 (3:1).\n\n"
        "In der ewigen Tabelle liegt Bayern dennoch weit vorn, und das 1:4 in der Allianz "
        "Arena aus dem Oktober ist in Dortmund noch nicht vergessen."
    )
    assert match(facts, "bayern-munich", "borussia-dortmund").score == (4, 1)
