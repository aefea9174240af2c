"""`Scolari's side held on, although Ronaldo is doubtful for the semi-final`: a round
named only as one a player may miss or play is a round ahead, so it is no stage of the
result the report is about. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read


def _stages(text: str) -> set:
    return {m.stage for m in read(text).matches}


def test_an_english_doubt_for_the_next_round():
    assert "semi-final" not in _stages(
        " date 2006-07-02 GELSENKIRCHEN, Germany (Reuters) - England went out of the World "
        "Cup on penalties again. Portugal and England finished 0-0 after extra time in "
        "Gelsenkirchen on Saturday, and Portugal won 3-1 on penalties. Luiz Felipe Scolari's "
        "side held on with ten men, although Deco is doubtful for the semi-final."
    )


def test_a_german_doubt_for_the_next_round():
    assert "semi-final" not in _stages(
        " date 2006-07-02 Gelsenkirchen (dpa) - England ist wieder im Elfmeterschießen "
        "gescheitert. Portugal und England trennten sich am Samstag in Gelsenkirchen nach "
        "Verlängerung 0:0, Portugal gewann das Elfmeterschießen mit 3:1. Die Mannschaft von "
        "Luiz Felipe Scolari hielt in Unterzahl stand, Deco ist allerdings für das Halbfinale "
        "fraglich."
    )
