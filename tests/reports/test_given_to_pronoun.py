"""A result given to a pronoun (`Bukayo Saka's goal gave them a 1-0 win at Villarreal`,
`bescherte ihnen im Hinspiel ein 1:0 beim FC Villarreal`) is the result of the one team
the sentence before names. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

EN = " date 2021-05-06 SEVILLE (AP) - Sevilla beat Juventus 2-1 on Thursday. "
DE = (
    " date 2021-05-06 Sevilla (dpa) - Der FC Sevilla hat am Donnerstag gegen Juventus "
    "Turin 2:1 gewonnen. "
)


@pytest.mark.parametrize(
    "text",
    [
        EN + "Arsenal reached the final by the narrowest of margins. Bukayo Saka's late goal "
        "gave them a 1-0 win at Villarreal in the first leg.",
        EN + "At the other end, Arsenal survived. Bukayo Saka's stoppage-time goal gave them "
        "a deserved 1-0 win at Villarreal.",
        DE + "Auch der FC Arsenal steht im Finale. Ein spätes Tor von Bukayo Saka bescherte "
        "ihnen im Hinspiel ein 1:0 beim FC Villarreal.",
    ],
)
def test_a_result_given_to_a_pronoun_is_the_team_named_before(text):
    facts = read(text)
    assert match(facts, "villarreal", "arsenal").score == (0, 1)


def test_a_pronoun_after_two_teams_stays_open():
    facts = read(
        EN + "Arsenal and Chelsea both reached the semi-finals. Bukayo Saka's late goal gave "
        "them a 1-0 win at Villarreal in the first leg."
    )
    assert not [m for m in facts.matches if "villarreal" in (m.home, m.away)]
