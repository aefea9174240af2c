"""`Van Nistelrooy verwandelte einen Foulelfmeter zum 2:1, ehe Neuville für das zweite
Auswärtstor sorgte`: a German name after a score and a conjunction (`zum 2:1, ehe X`,
`zum 1:0, bevor X`) is a name; the score between is no adjective after `zum` making it a
noun (a held-out report lost the goal, and with it the first leg's goals). The English
`made it 2-1 before X levelled` was read and stays so. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for


@pytest.mark.parametrize("joiner", ["ehe", "bevor"])
def test_german_name_after_score_and_conjunction(joiner) -> None:
    body = (
        "Der FC Bayern spielte 2:2 gegen Borussia Dortmund. Harry Kane brachte die Bayern in "
        "Führung, Julian Brandt glich aus. Jamal Musiala verwandelte einen Foulelfmeter zum "
        f"2:1, {joiner} Adeyemi für das zweite Tor der Gäste sorgte."
    )
    (m,) = goals_for(body, Match("bayern-munich", "borussia-dortmund", (2, 2)), lang="de")
    assert sorted(g.player for g in m.goals or []) == [
        "Adeyemi",
        "Harry Kane",
        "Jamal Musiala",
        "Julian Brandt",
    ]


def test_english_name_after_score_stays_read() -> None:
    body = (
        "Bayern Munich drew 2-2 with Borussia Dortmund. Harry Kane put Bayern ahead and Julian "
        "Brandt equalised. Jamal Musiala made it 2-1 from the spot before Adeyemi scored the "
        "visitors' second."
    )
    (m,) = goals_for(body, Match("bayern-munich", "borussia-dortmund", (2, 2)), lang="en")
    assert "Adeyemi" in [g.player for g in m.goals or []]
