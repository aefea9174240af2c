"""A goal sentence that counts a side's goals past what either side scored (`added a third`,
`drove in a fourth`, `erzielte das dritte Tor`) tells of another match: its goals are not
put on a 2-2 (a held-out report gave a 1-4 final's goals to a misread 2-2). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

EN = (
    "Alexander Isak put Newcastle ahead in the 20th minute. Anthony Gordon doubled the lead "
    "in the 50th minute, and Bruno Guimaraes added a third in the 77th minute."
)
DE = (
    "Alexander Isak brachte Newcastle in der 20. Minute in Führung. Anthony Gordon erhöhte in "
    "der 50. Minute, ehe Bruno Guimaraes in der 77. Minute das dritte Tor erzielte."
)


@pytest.mark.parametrize(("lang", "body"), [("en", EN), ("de", DE)])
def test_a_third_goal_is_not_read_on_a_two_all(lang, body) -> None:
    (m,) = goals_for(body, Match("newcastle-united", "aston-villa", (2, 2)), lang=lang)
    assert not m.goals


@pytest.mark.parametrize(("lang", "body"), [("en", EN), ("de", DE)])
def test_a_third_goal_stays_on_a_three_nil(lang, body) -> None:
    (m,) = goals_for(body, Match("newcastle-united", "aston-villa", (3, 0)), lang=lang)
    assert [(g.player, g.minute) for g in m.goals or []] == [
        ("Alexander Isak", 20),
        ("Anthony Gordon", 50),
        ("Bruno Guimaraes", 77),
    ]


def test_a_third_successive_win_counts_no_goal() -> None:
    body = (
        "Bruno Guimaraes scored in the 30th minute. Anthony Gordon added a second in the 70th "
        "minute to make it a third successive win for Newcastle."
    )
    (m,) = goals_for(body, Match("newcastle-united", "aston-villa", (2, 0)), lang="en")
    assert ("Anthony Gordon", 70) in [(g.player, g.minute) for g in m.goals or []]
