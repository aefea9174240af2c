"""A club's short name that is a common word (`River` for River Plate) counts only in a
text that writes the full name too."""

from tests.reports.helpers import pairs, read


def test_river_after_river_plate_is_the_club_in_german() -> None:
    facts = read(
        " date 2019-11-24 Flamengo trifft im Finale auf River Plate. River hatte sich im "
        "Halbfinale gegen Boca Juniors durchgesetzt: einem 2:0 im eigenen Stadion folgte eine "
        "0:1-Niederlage in der Bombonera."
    )
    assert ("river-plate", "boca-juniors", (2, 0)) in pairs(facts)
    assert ("boca-juniors", "river-plate", (1, 0)) in pairs(facts)


def test_river_after_river_plate_is_the_club_in_english() -> None:
    facts = read(
        " date 2018-11-11 Boca Juniors meet River Plate in the final. Boca beat Cruzeiro 2-0 "
        "at home before a 1-1 draw in Belo Horizonte, while River lost the first leg 0-2 to "
        "Santos in Buenos Aires and won the return 3-1 in Santos."
    )
    assert ("santos", "river-plate", (1, 3)) in pairs(facts)
    assert ("river-plate", "santos", (0, 2)) in pairs(facts)


def test_river_alone_is_no_club() -> None:
    facts = read(
        " date 2019-11-24 Flamengo ist Sieger der Copa Libertadores. River hatte sich im "
        "Halbfinale gegen Boca Juniors durchgesetzt: einem 2:0 im eigenen Stadion folgte eine "
        "0:1-Niederlage in der Bombonera."
    )
    assert not [m for m in facts.matches if "river-plate" in (m.home, m.away)]


def test_a_river_by_name_is_no_club() -> None:
    facts = read(
        " date 2018-11-11 River Plate beat Boca Juniors 2-1 at the Monumental. Fans crossed "
        "the River Thames before Chelsea beat Arsenal 1-0."
    )
    assert not [m for m in facts.matches if m.score == (1, 0) and "river-plate" in (m.home, m.away)]
