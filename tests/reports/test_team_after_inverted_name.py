"""`Dort hatte Rodri City mit einem Distanzschuss in Führung gebracht (27.)`: German word
order puts subject and object side by side after the verb, so a name run ending on a
team the report names ends before it; and after the auxiliary `hatte`/`hat` the name is
the inverted subject (set 43 read `Rodri City` as the scorer). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from bot.facts import Match
from tests.reports.helpers import goals_for

CASES = [
    (
        "Borussia Dortmund verlor 0:2 gegen den FC Bayern. Im Westfalenstadion hatte Musiala "
        "Bayern früh in Führung gebracht (6.), Sané erhöhte später auf 2:0 (71.).",
        ("borussia-dortmund", "bayern-munich", (0, 2)),
        [("Musiala", 6), ("Sané", 71)],
    ),
    (
        "Arsenal gewann 1:0 gegen Chelsea. In der 33. Minute hat Saka Arsenal mit einem "
        "Flachschuss in Führung gebracht.",
        ("arsenal", "chelsea", (1, 0)),
        [("Saka", 33)],
    ),
]


@pytest.mark.parametrize(("body", "teams", "want"), CASES)
def test_the_team_after_the_name_is_not_part_of_it(body, teams, want) -> None:
    (m,) = goals_for(body, Match(*teams), lang="de")
    assert [(g.player, g.minute) for g in m.goals or []] == want
