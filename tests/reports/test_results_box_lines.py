"""A results box line is read with the nominal home side first also where the venue
before the colon has four words (`At St James' Park: Italy 2 Russia 1`) and where a
scorer's minute is not given (`Czech Republic 1 (Nedved) Germany 2 (Ziege, Moller 70)`),
so the side order the prose tells (`Germany beat the Czech Republic 2-1`) does not stand
in for it. A name alone in brackets, with no minute anywhere in the line, is no scorer
list (it may be the ground). Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

TEXT_EN = (
    " date 1996-06-20 LONDON - Group C was settled on Wednesday. Germany beat the Czech "
    "Republic 2-1 at Old Trafford, and Italy beat Russia 2-1 at St James' Park.\n\n"
    "RESULTS, Wednesday (nominal home team first)\n\nGroup C\n"
    "At St James' Park: Russia 1 Italy 2\n"
    "At Old Trafford: Czech Republic 1 (Nedved) Germany 2 (Ziege, Moller 70)\n"
)
TEXT_DE = (
    " date 1996-06-20 London (dpa) - Die Gruppe C ist entschieden. Deutschland schlug "
    "Tschechien im Old Trafford mit 2:1, Italien gewann im St James' Park 2:1 gegen "
    "Russland.\n\nERGEBNISSE, Mittwoch (nominelle Heimmannschaft zuerst)\n\nGruppe C\n"
    "Im St James' Park: Russland 1 Italien 2\n"
    "Im Old Trafford: Tschechien 1 (Nedved) Deutschland 2 (Ziege, Möller 70)\n"
)


@pytest.mark.parametrize("text", [TEXT_EN, TEXT_DE])
def test_the_box_line_gives_the_nominal_home_side(text):
    facts = read(text)
    assert match(facts, "czechia", "germany").score == (1, 2)
    assert match(facts, "russia", "italy").score == (1, 2)
    assert not any(m.home == "germany" and m.away == "czechia" for m in facts.matches)
