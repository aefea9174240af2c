"""Small clubs known for cup upsets resolve (FC Pasching, Real Unión), Austria Wien's ground
names its host, and a goal that would not come (`der Ausgleich wollte nicht mehr fallen`)
is no goal."""

from __future__ import annotations

from tests.reports.helpers import RESOLVER, match, read


def test_upset_clubs_resolve():
    for name, team in [("FC Pasching", "fc-pasching"), ("Real Unión", "real-union")]:
        found = RESOLVER.lookup(name)
        assert found.team is not None and found.team.id == team, name


def test_final_at_one_sides_ground_and_a_goal_that_did_not_come():
    facts = read(
        " date 2013-05-31 Wien (dpa) - Der FC Pasching hat den Pokal gewonnen. Pasching "
        "besiegte am Donnerstag im Endspiel des ÖFB-Cups den FK Austria Wien mit 1:0 in der "
        "Generali-Arena. Trainer Peter Stöger bot seine beste Elf auf. In der Schlussphase "
        "warf Stöger alles nach vorne, der Ausgleich wollte aber nicht mehr fallen."
    )
    m = match(facts, "austria-wien", "fc-pasching")
    assert m.score == (0, 1) and m.neutral is False
    assert not any(g.player and "Stöger" in g.player for g in m.goals or [])


def test_real_union_is_not_real_madrid():
    facts = read(
        " date 2008-10-29 Real Madrid lost 3-2 at Real Unión in the Copa del Rey on Tuesday."
    )
    assert {m.away for m in facts.matches} | {m.home for m in facts.matches} <= {
        "real-madrid",
        "real-union",
    }
