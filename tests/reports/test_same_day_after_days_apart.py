"""`Vier Tage zuvor hatte das Team in Berlin noch gejubelt. ... Italien war am selben Tag
in Hamburg durch ein 3:0 gegen die Ukraine ins Halbfinale eingezogen`: `the same day`
points back to the day told last, four days before the main match, not to the main
match's own day (a held-out report dated Italy 3-0 Ukraine on the report's day).
Sentences written for these tests (the English `on the same day` takes
another path, left as it is)."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read

TEXTS = [
    "date 2014-07-09 Argentinien steht im Finale der Weltmeisterschaft. Argentinien gewann "
    "das Halbfinale am Mittwochabend mit 2:0 (0:0, 0:0) nach Verlängerung gegen die "
    "Niederlande.\n\nFünf Tage zuvor hatte die Mannschaft in Brasília noch gezittert. "
    "Gegen Belgien hatte es lange 1:0 gestanden. Brasilien war am selben Tag in Fortaleza "
    "durch ein 2:1 gegen Kolumbien ins Halbfinale eingezogen.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_day_after_days_apart_is_not_the_main_day(text: str) -> None:
    for m in read(text).matches:
        if "brazil" in (m.home, m.away):
            assert m.date != "2014-07-09", m
