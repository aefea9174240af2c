"""`Am Mittwochabend ist der Blick auf Madrid gerichtet, wo Real nach dem 0:1 in Paris eine
Aufholjagd braucht`: the day is the coming match's at that place; the result in the
`nach dem` phrase came before it and gets no date from it."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read

TEXTS = (
    " date 2023-03-08 München – Der FC Bayern hat am Dienstag Paris Saint-Germain mit 2:0 "
    "besiegt. Am Mittwochabend ist der Blick vor allem auf Frankfurt gerichtet, wo die "
    "Eintracht nach dem 0:2 in Neapel gegen den SSC Neapel eine Aufholjagd braucht.",
    " date 2023-03-07 Munich – Bayern Munich beat Paris Saint-Germain 2-0 on Tuesday. On "
    "Wednesday evening all eyes are on Naples, where Napoli, after their 2-0 win in Frankfurt "
    "against Eintracht Frankfurt, want to finish the job.",
)


@pytest.mark.parametrize("text", TEXTS, ids=("de", "en"))
def test_result_before_the_coming_days_place_gets_no_date(text):
    found = [m for m in read(text).matches if "napoli" in (m.home, m.away)]
    assert found and all(m.date is None for m in found)
