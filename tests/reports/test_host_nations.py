"""A tournament's host countries (`fährt zur Weltmeisterschaft nach Japan und Südkorea`)
are places: a result in the next sentence whose side is told only by its coach is not
theirs (it was read as South Korea 4-1 Ukraine). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import pairs, read, tie

CASES = [
    (
        " date 2001-11-15 Die deutsche Nationalmannschaft fährt zur Weltmeisterschaft 2002 "
        "nach Japan und Südkorea. Im Relegations-Rückspiel gegen die Ukraine gewann die Elf "
        "von Teamchef Rudi Völler am Mittwochabend im Westfalenstadion mit 4:1 (3:0). Nach "
        "dem 1:1 im Hinspiel in Kiew lautet das Gesamtergebnis 5:2."
    ),
    (
        " date 2001-11-15 Germany are going to the 2002 World Cup in Japan and South Korea. "
        "In the second leg of the play-off against Ukraine, Rudi Völler's team won 4-1 at the "
        "Westfalenstadion on Wednesday night. The first leg in Kiev had ended 1-1, so the "
        "aggregate was 5-2."
    ),
]


@pytest.mark.parametrize("text", CASES)
def test_no_result_goes_to_a_host_country(text: str) -> None:
    facts = read(text)
    teams = {team for m in facts.matches for team in (m.home, m.away)}
    teams |= {team for t in facts.ties for team in t.teams}
    assert not teams & {"japan", "south-korea"}
    assert pairs(facts) == {("germany", "ukraine", (4, 1)), ("ukraine", "germany", (1, 1))}
    assert tie(facts, "germany", "ukraine").winner == "germany"
