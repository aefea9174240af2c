"""`X deflected Y's header into his own net`: the own goal is X's, the opener of the
clause; Y, named only as the owner of the header, scored nothing."""

import pytest

from tests.reports.helpers import read


@pytest.mark.parametrize(
    "body",
    [
        " date 2024-04-10 Arsenal beat Chelsea 2-0 at the Emirates on Tuesday night. Thiago "
        "Silva deflected Bukayo Saka's header into his own net in the 14th minute, and Kai "
        "Havertz added a second in the 60th.",
        " date 2013-05-01 Real Madrid hat am Dienstagabend mit 0:2 bei Borussia Dortmund "
        "verloren. Sergio Ramos lenkte Robert Lewandowskis Kopfball ins eigene Netz (14.), "
        "und Marco Reus erhöhte in der 60. Minute.",
    ],
)
def test_the_own_goal_is_the_deflectors(body):
    facts = read(body)
    found = facts.matches[0]
    owns = [(g.player, g.minute) for g in found.goals or [] if g.own_goal]
    assert owns in ([("Thiago Silva", 14)], [("Sergio Ramos", 14)])
    assert not any(g.player in ("Bukayo Saka", "Robert Lewandowski") for g in found.goals)
