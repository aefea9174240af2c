"""A sentence set in the main match's city after one about the first leg (`Ende Februar
hatte X ... zum 1:0-Heimsieg gebracht. In Madrid aber traf Y in der 27. Minute`) tells
the main match, not the first leg it follows; `aber`, `jedoch`, `dann` may stand between
the place and the verb. Met on set 77's Atlético-Leverkusen report; sentences written for
these tests."""

from __future__ import annotations

from tests.reports.helpers import read


def test_goal_in_the_main_matchs_city_is_no_first_leg_goal():
    facts = read(
        " date 2019-03-14 Der FC Porto hat das Achtelfinale der Champions League gegen den "
        "AS Rom gewonnen. Im Rückspiel am Mittwochabend in Porto siegten die Portugiesen mit "
        "3:1 nach Verlängerung. Ende Februar hatte Nicolò Zaniolo die Römer mit seinen zwei "
        "Toren zum 2:1-Heimsieg geschossen. In Porto aber traf Tiquinho Soares in der 26. Minute."
    )
    first = [m for m in facts.matches if m.home == "roma"]
    assert first
    for m in first:
        assert all(g.player != "Tiquinho Soares" for g in m.goals or [])
