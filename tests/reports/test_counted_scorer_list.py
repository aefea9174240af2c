"""A scorer list without minutes after a result (`Tore: Kane (2), Musiala.`, `Goals: Saka 2,
Havertz.`, `Torschützen: Kane 2, Musiala`) gives the goals of the one match it counts
exactly; on the scoring side where the other scored none. A list that counts another
number of goals, or fits two matches, gives nothing, and `Goals: None.` names no scorer
`Goals`. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.reports.helpers import match, read

DE = "München (dpa) - Der FC Bayern München gewann am Samstag 3:0 gegen Borussia Dortmund.\n\n"
EN = "Arsenal win\n\nArsenal beat Everton 3-0 at the Emirates on Saturday.\n\n"


@pytest.mark.parametrize(
    ("body", "pair", "names"),
    [
        (
            DE + "Tore: Kane (2), Musiala.",
            ("bayern-munich", "borussia-dortmund"),
            ("Kane", "Musiala"),
        ),
        (
            DE + "Torschützen: Kane 2, Musiala",
            ("bayern-munich", "borussia-dortmund"),
            ("Kane", "Musiala"),
        ),
        (EN + "Goals: Saka 2, Havertz.", ("arsenal", "everton"), ("Saka", "Havertz")),
        (EN + "Scorers: Saka (2), Havertz.", ("arsenal", "everton"), ("Saka", "Havertz")),
    ],
)
def test_a_counted_list_gives_the_goals(body, pair, names) -> None:
    m = match(read(" date 2025-03-13 " + body), *pair)
    got = sorted((g.player, g.minute, g.team) for g in m.goals or [])
    twice, once = names
    assert got == sorted([(twice, None, pair[0])] * 2 + [(once, None, pair[0])])


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (DE + "Tore: Kane, Musiala.", ("bayern-munich", "borussia-dortmund")),
        (EN + "Goals: Saka 2, Havertz 2.", ("arsenal", "everton")),
        (
            "Arsenal win\n\nArsenal beat Everton 1-0 at the Emirates on Saturday.\n\nGoals: None.",
            ("arsenal", "everton"),
        ),
    ],
)
def test_a_list_of_another_count_gives_nothing(body, pair) -> None:
    m = match(read(" date 2025-03-13 " + body), *pair)
    assert not m.goals
