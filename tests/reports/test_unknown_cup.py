"""A cup named by name that the competition list does not know (`in the Svenska Cupen
final`) is still another competition than the story's: a result told in it gets none."""

from __future__ import annotations

from tests.reports.helpers import read


def test_unknown_cup_is_not_the_storys_competition():
    facts = read(
        " date 2018-02-23 LONDON - Arsenal beat Östersunds FK 3-0 in the Europa League on"
        " Thursday.\n\nLast April came the first trophy. Östersund beat IFK Norrköping 4-1 in"
        " the Svenska Cupen final at their own ground."
    )
    cup = [m for m in facts.matches if "norrkoping" in (m.home, m.away)]
    assert cup and all(m.competition is None and m.season is None for m in cup)


def test_known_competition_stays():
    facts = read(
        " date 2018-02-23 LONDON - Arsenal beat Östersunds FK 3-0 in the Europa League on"
        " Thursday.\n\nLast April came the first trophy. Arsenal beat Chelsea 2-1 in the FA"
        " Cup final at Wembley."
    )
    cup = [m for m in facts.matches if "chelsea" in (m.home, m.away)]
    assert all(m.competition in (None, "FA Cup") for m in cup)
