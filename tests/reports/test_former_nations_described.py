"""`Die Sowjets, im Halbfinale noch mit 1:0 über Ungarn erfolgreich`, `the Czechoslovaks`: the
teams of former nations told by their people's name are those teams, not the story's side."""

import pytest

from tests.reports.helpers import pairs, read

CASES = [
    (
        " date 1972-06-19 Deutschland gewann das EM-Finale in Brüssel gegen die Sowjetunion mit "
        "3:0. Die Sowjets, im Halbfinale noch mit 1:0 über Ungarn erfolgreich, fanden kein Mittel.",
        ("soviet-union", "hungary"),
    ),
    (
        " date 1972-06-19 West Germany beat the Soviet Union 3-0 in the European Championship "
        "final in Brussels. The Soviets, 1-0 winners over Hungary in the semi-final, were beaten.",
        ("soviet-union", "hungary"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), CASES)
def test_people_name_of_former_nation(text, pair) -> None:
    facts = read(text)
    assert not any({"germany", "hungary"} == {h, a} for h, a, _ in pairs(facts))
    assert all(set(pair) == {m.home, m.away} for m in facts.matches if m.score in ((1, 0), (0, 1)))
