"""`Das Hinspiel in Bochum hatte 1:1 geendet, damit gewann die Eintracht das Finale mit
3:2 Toren`: after a told leg, `mit 3:2 Toren` is the two legs' tally, no match (a held-out
report read a Gladbach 2-1 win from it). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import pairs, read

TEXTS = [
    "date 1980-05-22 Frankfurt (dpa) - Eintracht Frankfurt hat den UEFA-Pokal gewonnen. Im "
    "Rückspiel des Finales setzte sich die Elf vom Main am Mittwochabend im Waldstadion mit "
    "2:1 (0:0) gegen den VfL Bochum durch. Das Hinspiel vor zwei Wochen in Bochum hatte 1:1 "
    "geendet, damit gewann die Eintracht das Finale mit 3:2 Toren.",
    "date 1980-05-22 Frankfurt (dpa) - Eintracht Frankfurt have won the UEFA Cup. In the "
    "second leg of the final they beat VfL Bochum 2-1 (0-0) at the Waldstadion on Wednesday "
    "night. The first leg in Bochum two weeks ago had ended 1-1, so Eintracht won the final "
    "3-2 on aggregate.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_tally_after_a_leg_is_no_match(text: str) -> None:
    found = pairs(read(text))
    assert not any(score in ((3, 2), (2, 3)) for _, _, score in found), found
