"""Scores that are no match's result: a live ticker's line after `GOAL!` (the score that
goal made), a side winning `mit 5:3 vom Punkt` (a shoot-out), and a group's tally of
goals (`ein Torverhältnis von 2:5`, `a goal record of 2-5`)."""

from __future__ import annotations

from tests.reports.helpers import pairs, read

TICKER = (
    " date 2016-07-11 EURO 2016 FINAL: AS IT HAPPENED - Portugal 1-0 France (after extra "
    "time)\n\nHALF-TIME: 0-0. Ronaldo went off injured.\n\n"
    "109 MIN: GOAL! Portugal 1-0 France. Eder drives in a low shot from 25 yards.\n\n"
    "118 MIN: TOR! Portugal 1:0 France. Nichts mehr passiert."
)


def test_goal_call_line_is_no_second_match():
    facts = read(TICKER)
    assert len(facts.matches) == 1
    assert {facts.matches[0].home, facts.matches[0].away} == {"portugal", "france"}


def test_goal_call_with_running_score_adds_nothing():
    facts = read(TICKER.replace("109 MIN: GOAL! Portugal 1-0", "80 MIN: GOAL! Portugal 0-1"))
    assert ("portugal", "france", (0, 1)) not in pairs(facts)


def test_won_from_the_spot_is_a_shootout_de():
    facts = read(
        " date 2015-07-05 Chile gewann das Finale der Copa América gegen Argentinien. "
        "Im Halbfinale gegen Peru stand es nach 120 Minuten 1:1, diesmal siegte Kolumbien "
        "mit 4:2 vom Punkt."
    )
    assert not any(m.score in ((4, 2), (2, 4)) for m in facts.matches)


def test_won_from_the_spot_is_a_shootout_en():
    facts = read(
        " date 2015-07-05 Chile beat Argentina in the Copa America final. In the semi-final "
        "against Peru it was 1-1 after 120 minutes, and this time Colombia won 4-2 from the spot."
    )
    assert not any(m.score in ((4, 2), (2, 4)) for m in facts.matches)


def test_goal_tally_is_no_result_de():
    facts = read(
        " date 2024-02-11 Die Elfenbeinküste hat den Afrika-Cup gewonnen. Nach dem 0:4 "
        "gegen Äquatorialguinea hatten die Elefanten drei Punkte und ein Torverhältnis von "
        "2:5 und mussten warten."
    )
    assert not any(m.score in ((2, 5), (5, 2)) for m in facts.matches)


def test_goal_record_is_no_result_en():
    facts = read(
        " date 2024-02-11 Ivory Coast won the Africa Cup of Nations. After losing 4-0 to "
        "Equatorial Guinea they had three points and a goal record of 2-5 and had to wait."
    )
    assert not any(m.score in ((2, 5), (5, 2)) for m in facts.matches)
