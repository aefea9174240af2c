"""`Im Parallelspiel der Gruppe gewann X ...` (as in set 29's Bayern-Manchester City): the
game played alongside the report's match was played on its day, as `parallel` and `am
selben Abend` already told. Sentences written here."""

from __future__ import annotations

from tests.reports.helpers import match, read


def test_parallelspiel_is_played_on_the_main_matchs_day_de():
    facts = read(
        " date 2024-10-03 Borussia Dortmund hat in der Champions League den zweiten Sieg "
        "gefeiert. Am Dienstagabend schlug Borussia Dortmund Celtic Glasgow mit 7:1. "
        "Im Parallelspiel der Gruppe gewann der FC Brügge zu Hause gegen "
        "Sturm Graz mit 1:0."
    )
    assert match(facts, "club-brugge", "sturm-graz").date == "2024-10-01"


def test_a_parallel_game_keeps_the_main_matchs_day_en():
    facts = read(
        " date 2024-10-03 Borussia Dortmund beat Celtic 7-1 on Tuesday night in the "
        "Champions League. In the parallel game, Club Brugge beat Sturm Graz 1-0 at home."
    )
    assert match(facts, "club-brugge", "sturm-graz").date == "2024-10-01"
