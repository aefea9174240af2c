"""The German genitive of the final (`im Rückspiel des UEFA-Pokal-Finales`, `des
Pokalfinales`, as in set 29's Inter-Schalke) names the round as `Finale` does; the
adjective `ein finales Aufbäumen` names none. Sentences written here."""

from __future__ import annotations

from bot.reports.matches import cues
from tests.reports.helpers import match, read


def test_rueckspiel_des_finales_is_the_final_de():
    facts = read(
        "Eintracht Frankfurt hat den Europapokal gewonnen. Im Rückspiel des "
        "Europa-League-Finales gewann die Eintracht am Mittwochabend beim FC Porto mit 2:1."
    )
    assert match(facts, "porto", "eintracht-frankfurt").stage == "final"


def test_des_pokalfinales_names_the_final_de():
    assert cues.stage_at("Im Rückspiel des Pokalfinales gewann der Klub mit 2:0.") == [
        (17, "final")
    ]


def test_the_adjective_finales_names_no_round_de():
    assert cues.stage_at("Ein finales Aufbäumen der Gäste blieb beim 0:2 aus.") == []


def test_the_final_in_english_is_unchanged_en():
    assert cues.stage_at("In the second leg of the final, Porto won 2-1.") == [(25, "final")]
