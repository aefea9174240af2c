"""`X und Y drehten die Partie`: the plural of `drehte die Partie` tells one goal of each,
as the singular tells one of its subject."""

from tests.reports.helpers import match, read

DE = (
    " date 2005-04-13 Bayern München - FC Chelsea 1:2 (1:0). Claudio Pizarro brachte die "
    "Bayern in der ersten Halbzeit in Führung. Frank Lampard und Didier Drogba drehten nach "
    "der Pause die Partie."
)


def test_two_subjects_who_turned_the_game_scored_one_each():
    goals = match(read(DE), "bayern-munich", "chelsea").goals
    assert sorted(g.player for g in goals) == ["Claudio Pizarro", "Didier Drogba", "Frank Lampard"]
