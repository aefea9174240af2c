"""`Copa del Rey`, `Copa do Brasil`, `Coupe de France`: the words of a competition joined
by a particle are no person, so a description after them (`der Portugiese`, `the
striker`) points back past them to the player (a held-out report credited `del Rey`).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

CASES = [
    (
        "en",
        "Karim Benzema settled it. Real Madrid won the Copa del Rey final 1-0 against "
        "Barcelona, the Frenchman scoring in the 88th minute.",
        ("real-madrid", "barcelona", (1, 0)),
        [("Karim Benzema", 88)],
    ),
    (
        "en",
        "Gabriel Barbosa won it for Flamengo. In the final of the Copa do Brasil Flamengo beat "
        "Atletico Mineiro 1-0, and the striker headed in the only goal in the 70th minute.",
        ("flamengo", "atletico-mineiro", (1, 0)),
        [("Gabriel Barbosa", 70)],
    ),
    (
        "de",
        "Kylian Mbappé hat Paris Saint-Germain zum Sieg geschossen. Im Finale der Coupe de "
        "France setzte sich PSG mit 2:1 gegen Olympique Lyon durch. Der Franzose traf in der "
        "12. und in der 80. Minute, Lyon kam durch Memphis Depay in der 60. Minute nur zum "
        "zwischenzeitlichen Ausgleich.",
        ("psg", "lyon", (2, 1)),
        [("Kylian Mbappé", 12), ("Memphis Depay", 60), ("Kylian Mbappé", 80)],
    ),
]


@pytest.mark.parametrize(("lang", "body", "pair", "expected"), CASES)
def test_a_cup_name_is_no_scorer(lang, body, pair, expected) -> None:
    (m,) = goals_for(body, Match(*pair), lang=lang)
    assert [(g.player, g.minute) for g in m.goals or []] == expected


def test_the_cup_after_a_name_is_not_part_of_it() -> None:
    body = (
        "Der Portugiese war der Held: Im Endspiel der Taça de Portugal gewann Benfica mit 1:0 "
        "gegen Sporting, João Félix traf in der 51. Minute."
    )
    (m,) = goals_for(body, Match("benfica", "sporting-cp", (1, 0)), lang="de")
    assert [(g.player, g.minute) for g in m.goals or []] == [("João Félix", 51)]
