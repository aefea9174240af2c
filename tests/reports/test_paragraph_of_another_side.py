"""`Der Weg der Urus war ungleich schwerer gewesen. ... Im Halbfinale sorgte Suárez mit
zwei Toren für das 2:0 gegen Peru`, `Colombia reached the final the hard way. Lerma's
header gave them a 1-0 win over Uruguay`: a paragraph opened by another side (by name,
by its people or by its road) that does not name the last result's side is no place to
guess that side for a score told against one team."""

from __future__ import annotations

from tests.reports.helpers import match, read

HEAD_DE = (
    " date 2011-07-25 Copa América, Finale in Buenos Aires: Chile - Paraguay 3:0\n\n"
    "Paraguay fand nie ins Spiel. Im Halbfinale gegen Venezuela stand es 0:0, Paraguay "
    "siegte im Elfmeterschießen.\n\n"
)


def test_paragraph_about_the_road_of_another_side_de():
    facts = read(
        HEAD_DE + "Der Weg der Roja war ungleich schwerer gewesen. Im Halbfinale in La Plata "
        "sorgte Sánchez mit zwei Toren für das 2:0 gegen Peru."
    )
    assert not any("peru" in (m.home, m.away) for m in facts.matches)


def test_paragraph_opened_by_a_people_de():
    facts = read(
        HEAD_DE + "Die Urus hatten noch weniger Grund zur Zuversicht. Im Halbfinale in "
        "La Plata sorgte Sánchez mit zwei Toren für das 2:0 gegen Peru."
    )
    assert not any("peru" in (m.home, m.away) for m in facts.matches)


def test_paragraph_opened_by_another_team_en():
    facts = read(
        " date 2024-07-15 MIAMI (AP) — Lautaro Martinez scored in extra time and Argentina "
        "beat Colombia 1-0 in the Copa America final on Sunday night.\n\nArgentina beat "
        "Canada 2-0 in the semifinals.\n\nChile reached the final the hard way. A late header "
        "gave them a 1-0 win over Uruguay last Wednesday in Charlotte."
    )
    assert not any("uruguay" in (m.home, m.away) for m in facts.matches)
    assert match(facts, "argentina", "colombia").score == (1, 0)
