"""`Besides the Corinthians tie, they came back from a 1-0 defeat at River Plate`: a team
after `besides the` (`apart from the`, `unlike the`) is told of in passing, no subject of
the result. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import pairs, read


def test_a_team_after_besides_the_is_no_subject() -> None:
    facts = read(
        " date 2008-07-03 RIO DE JANEIRO (AP) — Flamengo beat Santos 2-1 in the final on "
        "Wednesday night.\n\nIt was a hard road to the final. Besides the Fluminense tie, "
        "they came back from a 2-0 defeat at Boca Juniors in the first leg of the "
        "semi-final, winning the return 3-0 in Rio."
    )
    assert not [p for p in pairs(facts) if "fluminense" in p[:2]]
