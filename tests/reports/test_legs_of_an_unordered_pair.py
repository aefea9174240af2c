"""`warfen Sevilla raus, mit einem 3:1 in Sevilla und einem 0:0 daheim`, `knocking out
Sevilla, winning 3-1 in Seville and drawing 0-0 at home`: two results of one pair listed
in one sentence, with no leg word, no date and no `zunächst/dann`, say nothing of which
came first, so neither is numbered as a leg (the scores and grounds stay). Texts written
for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import read


@pytest.mark.parametrize(
    "text",
    [
        " date 2023-04-26 MILAN (AP) - Inter host Juventus on Wednesday in the second leg "
        "of their Italian Cup semifinal. Inter's coach has had a quiet week. The Italians "
        "reached the last four by knocking out Sevilla, winning 3-1 in Seville and drawing "
        "0-0 at home. The final is in Rome on May 24.",
        " date 2023-04-26 Mailand (dpa) - Inter Mailand empfängt am Mittwoch Juventus Turin "
        "zum Halbfinal-Rückspiel. Bei Inter war es zuletzt ruhig. Die Italiener warfen im "
        "Viertelfinale den FC Sevilla raus, mit einem 3:1 in Sevilla und einem 0:0 daheim. "
        "Das Finale steigt in Rom am 24. Mai.",
    ],
)
def test_legs_listed_in_one_breath_are_not_numbered(text):
    facts = read(text)
    pair = [m for m in facts.matches if {m.home, m.away} == {"inter-milan", "sevilla"}]
    assert sorted(m.score for m in pair) == [(0, 0), (1, 3)]
    assert all(m.leg is None for m in pair)
