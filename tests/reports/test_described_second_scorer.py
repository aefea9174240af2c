"""`X scored in the 14th minute and the Brazilian added a second in the 71st`: the later
minute, told after `and the <description>` with its own verb, is another player's; named
where the text names one player of that nationality, else no scorer is said. Sentences
written for these tests."""

from __future__ import annotations

from tests.reports.helpers import match, read

_EN = " date 2019-03-10 Juventus beat Napoli 2-0 at the Allianz Stadium.\n\n"
_DE = " date 2019-03-10 Juventus besiegte Napoli im Allianz Stadium mit 2:0.\n\n"


def _goals(text: str) -> list[tuple[str | None, int | None]]:
    return [(g.player, g.minute) for g in match(read(text), "juventus", "napoli").goals]


def test_the_described_second_scorer_is_not_the_first() -> None:
    text = (
        _EN + "Paulo Dybala scored in the 14th minute and the Brazilian added a second in the 71st."
    )
    assert ("Paulo Dybala", 71) not in _goals(text)


def test_a_role_after_and_is_not_the_first_scorer() -> None:
    text = (
        _EN + "Paulo Dybala scored in the 14th minute and the Brazilian striker made it 2-0 in "
        "the 71st."
    )
    assert ("Paulo Dybala", 71) not in _goals(text)


def test_the_described_scorer_named_elsewhere() -> None:
    text = (
        " date 2019-03-10 Juventus beat Napoli 2-0 at the Allianz Stadium, where the "
        "Brazilian winger Douglas Costa started.\n\nPaulo Dybala scored in the 14th minute "
        "and the Brazilian added a second in the 71st."
    )
    assert ("Douglas Costa", 71) in _goals(text)


def test_german_der_brasilianer_legte_nach() -> None:
    text = _DE + (
        "Paulo Dybala traf in der 14. Minute und der Brasilianer erhöhte in der 71. Minute auf 2:0."
    )
    assert _goals(text)[0] == ("Paulo Dybala", 14)
    assert ("Paulo Dybala", 71) not in _goals(text)
