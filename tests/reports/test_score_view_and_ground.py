"""Two wrong facts of a held-out set, as families with sentences written for these tests:
a German score's view taken by the side named after `für` (`schien für die Werkself alles
verloren` was read as the other side's view), and a ground named after its club (`im
Celtic Park`, `at Villa Park`), which is a place, not a side of the result beside it."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, pairs, read, tie

VIEW_CASES = [
    (
        " date 2005-05-05 Der FC Schalke 04 hat das Finale erreicht. Nach dem 0:2 im Hinspiel "
        "in Sevilla schien für die Königsblauen alles verloren, doch am Donnerstagabend gewann "
        "Schalke das Rückspiel gegen den FC Sevilla mit 3:0.",
        {("sevilla", "schalke-04", (2, 0)), ("schalke-04", "sevilla", (3, 0))},
    ),
    (
        " date 2014-03-13 Nach dem 0:3 in München war für den FC Arsenal im Rückspiel gegen "
        "den FC Bayern nichts mehr zu holen.",
        {("bayern-munich", "arsenal", (3, 0))},
    ),
    (
        " date 2011-03-10 Nach dem 1:3 im Hinspiel in Mailand wird es für Schalke 04 im "
        "Rückspiel gegen Inter Mailand schwer.",
        {("inter-milan", "schalke-04", (3, 1))},
    ),
    (
        " date 2005-04-14 Nach dem 2:0 im Hinspiel in Amsterdam ist für Ajax Amsterdam im "
        "Rückspiel bei Olympique Lyon alles möglich.",
        {("ajax", "lyon", (2, 0))},
    ),
]


@pytest.mark.parametrize(("text", "expected"), VIEW_CASES)
def test_a_score_is_told_for_the_side_after_fuer(text: str, expected) -> None:
    assert pairs(read(text)) == expected


GROUND_CASES = [
    (
        " date 2003-04-25 Im Halbfinale hatte sich Celtic Glasgow gegen Boavista Porto "
        "durchgesetzt. Nach einem 1:1 im Celtic Park gewannen die Schotten das Rückspiel in "
        "Porto mit 1:0. Für Portugal ist es dennoch ein gutes Jahr.",
    ),
    (
        " date 2003-04-25 Celtic knocked Boavista out in the semi-finals. After a 1-1 draw "
        "at Celtic Park, the Scots won the second leg in Porto 1-0. It was still a good year "
        "for Portugal.",
    ),
]


@pytest.mark.parametrize(("text",), GROUND_CASES)
def test_a_ground_named_for_its_club_is_no_side(text: str) -> None:
    facts = read(text)
    assert ("boavista", "celtic", (1, 0)) not in pairs(facts)
    first = match(facts, "celtic", "boavista")
    assert first.score == (1, 1)


def test_the_second_leg_won_by_the_scots_goes_to_celtic() -> None:
    facts = read(GROUND_CASES[0][0])
    assert match(facts, "boavista", "celtic").score == (0, 1)
    assert tie(facts, "celtic", "boavista").winner == "celtic"


def test_villa_park_is_a_ground() -> None:
    facts = read(
        " date 2019-01-05 Wolves won 3-1 at Villa Park on Saturday against Bristol City, "
        "a neutral venue chosen for the replay."
    )
    teams = {team for m in facts.matches for team in (m.home, m.away)}
    assert "aston-villa" not in teams
