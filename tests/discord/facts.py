"""Hand-built report facts for the Discord tests, so they never depend on the reader's quality."""

from __future__ import annotations

import hashlib

from bot.facts import Goal, Match, Report, ReportFacts, Tie

CCC = "CONCACAF Champions Cup"
HOSTILE = "@everyone <@&123>"


def report(source: str, published: str, title: str | None = None) -> Report:
    digest = hashlib.sha256(source.encode()).hexdigest()
    return Report(f"text of {source}", digest, source, "en", published, title)


def miami_lafc() -> ReportFacts:
    """The 2025 quarter-final: LAFC 1-0 Inter Miami, then Inter Miami 3-1 LAFC on 9 April."""
    second = Match(
        "inter-miami",
        "lafc",
        (3, 1),
        CCC,
        "2025",
        "quarter-final",
        leg=2,
        date="2025-04-09",
        extra_time=False,
        goals=[
            Goal("lafc", "Aaron Long", 9),
            Goal("inter-miami", "Lionel Messi", 35),
            Goal("inter-miami", "Noah Allen", 61),
            Goal("inter-miami", "Lionel Messi", 84, penalty=True),
        ],
        dismissals=[],
    )
    first = Match("lafc", "inter-miami", (1, 0), CCC, "2025", "quarter-final", leg=1)
    tie = Tie(
        ("lafc", "inter-miami"),
        CCC,
        "2025",
        "quarter-final",
        aggregate={"inter-miami": 3, "lafc": 2},
        winner="inter-miami",
        decided_by="aggregate",
    )
    return ReportFacts(report("reports/miami-lafc.txt", "2025-04-10"), [second, first], [tie])


def inter_milan_hostile() -> ReportFacts:
    """A match of the other Inter, from a report whose venue, scorer and title try to ping."""
    match = Match(
        "inter-milan",
        "bayern-munich",
        (2, 1),
        "UEFA Champions League",
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
