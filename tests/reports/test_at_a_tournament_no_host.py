"""`bei einer Weltmeisterschaft fehlen`: a tournament named after `bei einer` is where a side
will (not) play, not the host of the result told in that sentence."""

import pytest

from tests.reports.helpers import pairs, read

CASES = [
    " date 2022-03-25 Italien hat am Donnerstag gegen Nordmazedonien mit 0:1 verloren und "
    "wird bei einer Weltmeisterschaft fehlen.",
    " date 2022-03-25 Schweden hat am Donnerstag gegen Polen mit 0:2 verloren und wird bei "
    "einer Europameisterschaft nicht dabei sein.",
    " date 2022-03-25 Schweden hat am Donnerstag gegen Polen mit 0:2 verloren und fehlt "
    "damit bei einer WM zum ersten Mal seit 2014.",
]


@pytest.mark.parametrize("text", CASES)
def test_tournament_after_bei_einer_is_no_host(text) -> None:
    facts = read(text)
    assert not any(m.home in ("north-macedonia", "poland") for m in facts.matches)


def test_host_named_by_what_it_is_still_reads() -> None:
    facts = read(
        " date 2025-03-13 Der FC Bayern hat am Mittwoch beim Zweitligisten Hertha "
        "BSC mit 1:2 verloren."
    )
    assert ("hertha-bsc", "bayern-munich", (2, 1)) in pairs(facts) or not facts.matches
