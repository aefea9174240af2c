"""An opening that places the report's side in a competition's group (`Der FC Bayern
marschiert in der Gruppe A der Champions League souverän voran`, as in set 29's
Bayern-Manchester City) makes the main match a group game; a side told as a group's
winner is in a later round. Sentences written here."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_in_der_gruppe_der_champions_league_is_a_group_game_de():
    facts = read(
        " date 2023-10-05 Der FC Barcelona führt die Gruppe H der Champions League an. Am "
        "Mittwochabend schlug der FC Barcelona den FC Porto im eigenen Stadion mit 2:1."
    )
    assert match(facts, "barcelona", "porto").stage == "group"


def test_top_of_group_of_the_champions_league_is_a_group_game_en():
    facts = read(
        " date 2023-10-05 Barcelona lead Group H of the Champions League. On Wednesday "
        "night Barcelona beat Porto 2-1 at home."
    )
    assert match(facts, "barcelona", "porto").stage == "group"


def test_a_groups_winner_is_no_group_game_en():
    facts = read(
        " date 2024-03-07 Barcelona, the winners of Group H of the Champions League, beat "
        "Napoli 3-1 at home on Wednesday night."
    )
    assert match(facts, "barcelona", "napoli").stage != "group"
