"""A round-up's result heading with the half-time score in brackets and a first-leg line under
it (`Arsenal - AC Mailand 3:0 (2:0)` / `Hinspiel 2:3, Arsenal mit 5:3 im Viertelfinale`):
the story below is that match's; a sentence in it told of the first leg (`hatte schon im
Hinspiel getroffen`) goes to that leg read as a match, and carries no further. Text
written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_TEXT = (
    " date 2012-03-08 Champions League, Achtelfinale, Rückspiele vom Mittwoch - Ein "
    "Überblick.\n\nFC Barcelona - Bayer Leverkusen 7:1 (2:0)\nHinspiel 3:1, Barcelona mit "
    "10:2 im Viertelfinale\n\nFür Leverkusen war der Abend im Camp Nou eine Lehrstunde. "
    "Lionel Messi brachte die Katalanen in der 25. Minute in Führung, Cristian Tello "
    "erhöhte kurz vor der Pause (41.).\n\nArsenal - AC Mailand 3:0 (2:0)\nHinspiel 2:3, "
    "Arsenal mit 5:3 im Viertelfinale\n\nDas Wiedersehen mit Thierry Henry, der bei den "
    "Gästen nicht spielte, geriet zur Nebensache. Laurent Koscielny köpfte die Londoner "
    "in der 7. Minute in Führung und Tomas Rosicky legte in der 26. Minute das 2:0 nach. "
    "Der Niederländer hatte schon im Hinspiel in Mailand getroffen, als Arsenal nach dem "
    "frühen Rückstand durch Robinho noch durch Theo Walcott und Robin van Persie (2) 3:2 "
    "gewann. Robin van Persie verwandelte in der 43. Minute einen Foulelfmeter zum 3:0.\n"
)


def test_story_under_heading_and_leg_line_is_the_headings() -> None:
    facts = read(_TEXT)
    found = match(facts, "arsenal", "ac-milan")
    assert [(g.player, g.minute) for g in found.goals] == [
        ("Laurent Koscielny", 7),
        ("Tomas Rosicky", 26),
        ("Robin van Persie", 43),
    ]
    first_leg = match(facts, "ac-milan", "arsenal")
    assert all(g.minute is None for g in first_leg.goals or [])
