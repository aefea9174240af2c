"""A clause opened by a concessive or other subordinating word (`and although Alex
Oxlade-Chamberlain pulled one back ...`, `obwohl Müller verkürzte`, as in set 30's
Monaco-Arsenal) has its own subject after that word: it does not open with a verb, so it
does not take an earlier clause's scorer. Sentences written here."""

from __future__ import annotations

from bot.facts import Match
from tests.reports.helpers import goals_for


def scorers(match: Match) -> list[tuple]:
    return [(g.minute, g.added, g.player) for g in match.goals or []]


def test_although_opens_a_clause_with_its_own_scorer_en():
    (match,) = goals_for(
        "Lazio beat Torino 3-1. Ciro Immobile opened the scoring in the 12th minute, Felipe "
        "Anderson doubled the lead in the 50th minute, and although Antonio Sanabria pulled "
        "one back in the 81st minute, Luis Alberto made it 3-1 in the 88th minute.",
        Match("lazio", "torino", (3, 1)),
    )
    assert (81, None, "Antonio Sanabria") in scorers(match)
    assert (81, None, "Felipe Anderson") not in scorers(match)
    assert (88, None, "Antonio Sanabria") not in scorers(match)


def test_though_opens_a_clause_with_its_own_scorer_en():
    (match,) = goals_for(
        "Lazio beat Torino 2-1. Ciro Immobile scored in the 12th minute and again in the "
        "50th minute, though Antonio Sanabria pulled one back in the 81st minute.",
        Match("lazio", "torino", (2, 1)),
    )
    assert (81, None, "Antonio Sanabria") in scorers(match)


def test_obwohl_opens_a_clause_with_its_own_scorer_de():
    (match,) = goals_for(
        "Lazio schlug Turin mit 3:1. Ciro Immobile traf in der 12. Minute, Felipe Anderson "
        "erhöhte in der 50. Minute, und obwohl Antonio Sanabria in der 81. Minute verkürzte, "
        "machte Luis Alberto in der 88. Minute alles klar.",
        Match("lazio", "torino", (3, 1)),
        lang="de",
    )
    assert (81, None, "Felipe Anderson") not in scorers(match)
    assert (88, None, "Antonio Sanabria") not in scorers(match)
