"""A hand-built report whose venue, scorer and title try to ping, for the Discord tests."""

from __future__ import annotations

from tests.support.facts import UCL, Goal, Match, ReportFacts, report

HOSTILE = "@everyone <@&123>"


def inter_milan_hostile() -> ReportFacts:
    """A match of the other Inter, from a report whose venue, scorer and title try to ping."""
    match = Match(
        "inter-milan",
        "bayern-munich",
        (2, 1),
        UCL,
        "2024-25",
        "quarter-final",
        leg=2,
        date="2025-04-16",
        venue=f"{HOSTILE} Arena",
        goals=[
            Goal("inter-milan", HOSTILE, 52),
            Goal("bayern-munich", "Harry Kane", 76),
            Goal("inter-milan", "Benjamin Pavard", 61),
        ],
        dismissals=[],
    )
    return ReportFacts(
        report("reports/inter-bayern.txt", "2025-04-17", title=f"{HOSTILE} match report"), [match]
    )
