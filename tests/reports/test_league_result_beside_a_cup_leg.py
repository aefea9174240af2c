"""A league result of two sides told beside one leg of their cup tie (`Juventus won the
first leg 3-1 ... drew 1-1 on Sunday in Serie A`) is no other leg of that tie, and the two
make no aggregate (set 76, a Napoli-Juventus Coppa Italia preview)."""

from __future__ import annotations

from tests.reports.helpers import read


def _second_legs(facts):
    return [m for m in facts.matches if m.leg == 2]


def test_league_draw_beside_a_first_leg_en():
    facts = read(
        " date 2017-04-04 Napoli host Juventus on Wednesday in the second leg of the Coppa "
        "Italia semi-final. Juventus won the first leg 3-1 at home in Turin in February. The two "
        "sides met on Sunday in Serie A as well, when Napoli and Juventus drew 1-1 at the San "
        "Paolo."
    )
    assert not _second_legs(facts)
    assert not facts.ties


def test_league_draw_beside_a_first_leg_de():
    facts = read(
        " date 2017-04-04 Am Mittwoch empfängt der SSC Neapel Juventus Turin zum Rückspiel im "
        "Halbfinale der Coppa Italia. Das Hinspiel hatte Juventus im Februar zu Hause mit 3:1 "
        "gewonnen. Wie eng es zugeht, zeigte sich am Sonntag in der Serie A: Da trennten sich "
        "Napoli und Juventus im San Paolo 1:1."
    )
    assert not _second_legs(facts)
    assert not facts.ties


def test_league_told_by_its_kind_beside_a_first_leg_de():
    facts = read(
        " date 2017-04-04 Am Mittwoch empfängt der SSC Neapel Juventus Turin zum Rückspiel im "
        "Halbfinale der Coppa Italia. Das Hinspiel hatte Juventus im Februar zu Hause mit 3:1 "
        "gewonnen. Am Sonntag in der Liga trennten sich Napoli und Juventus im San Paolo 1:1."
    )
    assert not _second_legs(facts)
    assert not facts.ties
