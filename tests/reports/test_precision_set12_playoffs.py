"""A finals tournament's play-offs are its qualifying: games of `the World Cup
playoffs` (or `EM-Playoffs`) outside the tournament's months are qualifying games, their
`Semifinals`/`Finals` play-off rounds; a game at the tournament itself keeps its round."""

from __future__ import annotations

from tests.reports.helpers import match, read

GLANCE_EN = (
    " date 2026-03-28 Scotland and Norway booked their places at the World Cup on Thursday "
    "night, while Denmark will watch the tournament at home.\n\n"
    "A glance at the European World Cup playoffs (home teams listed first):\n\n"
    "Semifinals\nThursday, March 26\n\nScotland 2, Denmark 1\n\n"
    "Finals\nTuesday, March 31\n\nNorway 1, Serbia 0\n"
)


def test_world_cup_playoff_games_are_qualifying_play_offs_en():
    facts = read(GLANCE_EN)
    for home, away in (("scotland", "denmark"), ("norway", "serbia")):
        found = match(facts, home, away)
        assert found.competition == "FIFA World Cup qualification"
        assert found.stage == "play-off"


def test_euro_playoff_games_are_qualifying_de():
    facts = read(
        " date 2024-03-22 Warschau (dpa) - Polen hat Estland im Playoff-Halbfinale zur EM am "
        "Donnerstagabend in Warschau mit 5:1 besiegt."
    )
    found = match(facts, "poland", "estonia")
    assert found.competition == "UEFA European Championship qualifying"
    assert found.stage == "play-off"


def test_a_semi_final_at_the_world_cup_itself_stays_the_world_cups():
    facts = read(
        " date 2018-07-12 MOSCOW (AP) — Croatia beat England 2-1 in the World Cup semifinal "
        "at the Luzhniki Stadium on Wednesday. Croatia had come through the World Cup "
        "playoffs against Greece last November."
    )
    found = match(facts, "croatia", "england")
    assert found.competition == "FIFA World Cup"
    assert found.stage == "semi-final"


def test_without_its_qualifying_named_a_world_cup_game_is_left_alone():
    facts = read(
        " date 2026-03-28 Scotland booked their place at the World Cup on Thursday. "
        "Semifinals\nScotland 2, Denmark 1\n"
    )
    for found in facts.matches:
        assert found.competition != "FIFA World Cup qualification"


def test_a_world_cup_final_named_in_its_own_sentence_stays_the_world_cups():
    facts = read(
        " date 2023-03-24 BUENOS AIRES (AP) — Argentina began World Cup qualifying on "
        "Thursday. Messi still recalls the final in Lusail, when Argentina beat France 4-2 "
        "on penalties after a 3-3 draw at the World Cup."
    )
    found = match(facts, "argentina", "france")
    assert (found.competition, found.stage) == ("FIFA World Cup", "final")
