"""`Im Hinspiel in Liniers hatte Omar Asad das einzige Tor erzielt, Vélez reiste mit einem
1:0 nach São Paulo`: a first leg told as the lead a side carried to the next leg's ground
was not played at the report's ground, so that ground gives it no home side."""

from __future__ import annotations

from tests.reports.helpers import read

TEXT = (
    " date 2024-08-31 Vor 30 Jahren: Als Chilavert das Morumbi verstummen ließ\n\n"
    "An diesem Abend gewann Vélez Sarsfield im Estadio do Morumbi die Copa Libertadores "
    "gegen den FC São Paulo im Elfmeterschießen.\n\nDie Ausgangslage war klar. Im Hinspiel "
    "in Liniers hatte Omar Asad das einzige Tor erzielt, {side} mit einem 1:0 nach São Paulo."
)


def test_first_leg_carried_to_the_report_ground_is_not_played_there_de():
    facts = read(TEXT.format(side="Vélez reiste"))
    assert not any(m.home == "sao-paulo" and m.score == (0, 1) for m in facts.matches)


def test_first_leg_carried_by_flight_de():
    facts = read(TEXT.format(side="Vélez flog"))
    assert not any(m.home == "sao-paulo" and m.score == (0, 1) for m in facts.matches)
