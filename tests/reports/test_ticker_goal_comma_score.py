"""`Eigentor, 1:0 für die Furia Roja`, `Own goal, 1-0 to Spain`: a goal word, a comma and a
score for a side is the score the goal made, not a result (a held-out ticker read a Russia
0-1 Spain beside the 1-1 it reported). Sentences written for these tests."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_a_goal_then_its_score_for_a_side_is_running() -> None:
    facts = read(
        " date 2018-07-02 WM-Ticker: Spanien - Russland 1:1 n.V., 3:4 i.E. - Russland steht im "
        "Viertelfinale! Die Momente aus dem Luschniki-Stadion.\n\n12. Minute: Tor für Spanien! "
        "Ignaschewitsch lenkt den Ball ins eigene Tor. Eigentor, 1:0 für die Spanier."
    )
    assert ("russia", "spain", (0, 1)) not in pairs(facts)
    assert ("spain", "russia", (1, 0)) not in pairs(facts)


def test_an_english_goal_then_its_score_is_running() -> None:
    facts = read(
        " date 2018-07-02 Spain were beaten by Russia on penalties at the Luzhniki on Sunday. "
        "Ignashevich turned the ball into his own net after 12 minutes. Own goal, 1-0 to Spain."
    )
    assert ("russia", "spain", (0, 1)) not in pairs(facts)
    assert ("spain", "russia", (1, 0)) not in pairs(facts)
