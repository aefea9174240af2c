"""Hand-built facts for the Telegram tests, so they do not depend on how well reports are read.

The LAFC - Inter Miami quarter-final of the 2025 CONCACAF Champions Cup (as the
seed report states it), and one Inter Milan match so that "inter" is ambiguous.
"""

from __future__ import annotations

from pathlib import Path

from bot.facts import Goal, Match, Report, ReportFacts, Tie
from storage.sqlite import SqliteStore

COMPETITION = "CONCACAF Champions Cup"


def miami_lafc() -> ReportFacts:
    report = Report(
        text="Inter Miami beat LAFC 3-1 in the second leg and went through 3-2 on aggregate.",
        sha256="a" * 64,
        source="miami-lafc.txt",
        lang="en",
        published="2025-04-10",
        title="Messi leads Inter Miami past LAFC",
    )
    first = Match(
        home="lafc",
        away="inter-miami",
        score=(1, 0),
        competition=COMPETITION,
        season="2025",
        stage="quarter-final",
        leg=1,
        date="2025-04-01",
    )
    second = Match(
        home="inter-miami",
        away="lafc",
        score=(3, 1),
        competition=COMPETITION,
        season="2025",
        stage="quarter-final",
        leg=2,
        date="2025-04-09",
        extra_time=False,
        goals=[
            Goal(team="lafc", player="Aaron Long", minute=9),
            Goal(team="inter-miami", player="Lionel Messi", minute=35),
            Goal(team="inter-miami", player="Noah Allen", minute=61),
            Goal(team="inter-miami", player="Lionel Messi", minute=84, penalty=True),
        ],
        dismissals=[],
    )
    tie = Tie(
        teams=("lafc", "inter-miami"),
        competition=COMPETITION,
        season="2025",
        stage="quarter-final",
        aggregate={"inter-miami": 3, "lafc": 2},
        winner="inter-miami",
        decided_by="aggregate",
    )
    return ReportFacts(report=report, matches=[first, second], ties=[tie])


def inter_milan() -> ReportFacts:
    report = Report(
        text="Inter Milan beat Bayern Munich 2-1.",
        sha256="b" * 64,
        source="inter-bayern.txt",
        lang="en",
        published="2025-04-09",
        title="Inter win in Munich",
    )
    match = Match(
        home="bayern-munich",
        away="inter-milan",
        score=(1, 2),
        competition="UEFA Champions League",
        season="2024-25",
        stage="quarter-final",
        leg=1,
        date="2025-04-08",
    )
    return ReportFacts(report=report, matches=[match])


async def build_store(path: Path) -> None:
    """Write the facts into a fresh SQLite file with the real store."""
    store = await SqliteStore.open(path)
    try:
        for facts in (miami_lafc(), inter_milan()):
            await store.ingest(facts)
    finally:
        await store.close()
