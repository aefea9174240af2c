"""`Urawa Red Diamonds ... beating Iran's Sepahan 2-0 ... to take the title 3-1 on
aggregate`: a country in the possessive before a name, in a sentence naming a club, is
that club's country, no side of the result or the tie. Texts written for these tests."""

from __future__ import annotations

from tests.reports.helpers import read


def test_a_countrys_possessive_before_a_club_is_no_side() -> None:
    facts = read(
        " date 2008-11-13 ADELAIDE, Australia (Reuters) - Gamba Osaka became Asian champions "
        "on Wednesday, beating Australia's Adelaide City 2-0 in the second leg of the final "
        "to take the title 5-0 on aggregate."
    )
    teams = {t for m in facts.matches for t in (m.home, m.away)}
    teams |= {t for tie in facts.ties for t in tie.teams}
    assert "australia" not in teams
