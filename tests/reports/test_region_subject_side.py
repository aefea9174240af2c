"""A side told by its region (`Die Osteuropäer setzten sich ... gegen die Niederlande
durch`, `The Eastern Europeans beat the Netherlands 2-0`) is the one team of that region
the sentence before names, and never the story's team from elsewhere: where no team of
that region is named there, the result is left unread. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

LEAD_DE = (
    " date 2021-06-29 London (dpa) - Die deutsche Nationalmannschaft hat am Dienstagabend im "
    "Achtelfinale der Europameisterschaft mit 0:2 (0:0) gegen England verloren und ist "
    "ausgeschieden. "
)
LEAD_EN = (
    " date 2021-06-29 LONDON (AP) - England beat Germany 2-0 at Wembley on Tuesday in the "
    "round of 16 of the European Championship. "
)


@pytest.mark.parametrize(
    "text",
    [
        LEAD_DE + "Die Engländer treffen im Viertelfinale am Samstag in Rom auf Tschechien. Die "
        "Osteuropäer setzten sich im späteren Spiel des Abends in Budapest mit 2:0 gegen die "
        "Niederlande durch.",
        LEAD_EN + "England will face the Czech Republic in Rome on Saturday. The Eastern "
        "Europeans beat the Netherlands 2-0 in Budapest in the later game.",
    ],
)
def test_the_region_word_is_the_team_of_that_region(text):
    assert match(read(text), "czechia", "netherlands").score == (2, 0)


@pytest.mark.parametrize(
    "text",
    [
        LEAD_DE + "Die Engländer treffen im Viertelfinale am Samstag in Rom auf die Schweiz. Die "
        "Skandinavier setzten sich im späteren Spiel des Abends in Glasgow mit 2:1 nach "
        "Verlängerung gegen Polen durch.",
        LEAD_EN + "England will face Switzerland in Rome on Saturday. The Scandinavians beat "
        "Poland 2-1 after extra time in Glasgow in the later game.",
    ],
)
def test_a_region_word_is_no_team_from_elsewhere(text):
    facts = read(text)
    assert not any("poland" in (m.home, m.away) for m in facts.matches)
