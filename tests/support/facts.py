"""Hand-built report facts shared by the test packages, so no test depends on the reader's quality.

The ties are those of the seed reports (Inter Miami - LAFC 2025, Monterrey - Inter Miami
2024) and a few well-known ones for away goals, extra time and penalties; the match
builders take keyword changes so a test can state a variant of the same match.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from bot.facts import Dismissal, Goal, Match, Report, ReportFacts, Tie
from storage.sqlite import SqliteStore

__all__ = [
    "CCC",
    "UCL",
    "Dismissal",
    "Goal",
    "Match",
    "Report",
    "ReportFacts",
    "Tie",
]

CCC = "CONCACAF Champions Cup"
UCL = "UEFA Champions League"


def report(
    source: str = "test.txt",
    published: str | None = None,
    lang: str = "en",
    title: str | None = None,
    text: str | None = None,
) -> Report:
    """A report whose hash follows its text, so two different texts are two reports."""
    text = f"text of {source}" if text is None else text
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Report(text, digest, source, lang, published, title)


def facts(text: str, matches=(), ties=(), **kwargs) -> ReportFacts:
    """The facts of one report told apart by its text, as the store tests want them."""
    return ReportFacts(report(text=text, **kwargs), list(matches), list(ties))


def miami_lafc_second_leg(**changes) -> Match:
    """Inter Miami 3-1 LAFC on 9 April 2025, with its goals, as the seed report states it."""
    fields = dict(
        home="inter-miami",
        away="lafc",
        score=(3, 1),
        competition=CCC,
        season="2025",
        stage="quarter-final",
        leg=2,
        date="2025-04-09",
        extra_time=False,
        goals=[
            Goal("lafc", "Aaron Long", 9),
            Goal("inter-miami", "Lionel Messi", 35),
            Goal("inter-miami", "Noah Allen", 61),
            Goal("inter-miami", "Lionel Messi", 84, penalty=True),
        ],
        evidence="to lift Inter Miami past LAFC 3-1 on Wednesday night",
    )
    fields.update(changes)
    return Match(**fields)


def lafc_miami_first_leg(**changes) -> Match:
    """LAFC 1-0 Inter Miami, the first leg the seed report mentions in passing."""
    fields = dict(
        home="lafc",
        away="inter-miami",
        score=(1, 0),
        competition=CCC,
        season="2025",
        stage="quarter-final",
        leg=1,
        evidence="Inter Miami lost the series opener at LAFC 1-0",
    )
    fields.update(changes)
    return Match(**fields)


def miami_lafc_tie(**changes) -> Tie:
    """Inter Miami through 3-2 on aggregate, as the seed report states the tie."""
    fields = dict(
        teams=("inter-miami", "lafc"),
        competition=CCC,
        season="2025",
        stage="quarter-final",
        aggregate={"inter-miami": 3, "lafc": 2},
        winner="inter-miami",
        decided_by="aggregate",
        evidence="a 3-2 aggregate win in the two-leg series",
    )
    fields.update(changes)
    return Tie(**fields)


def miami_lafc() -> ReportFacts:
    """The 2025 quarter-final: LAFC 1-0 Inter Miami, then Inter Miami 3-1 LAFC on 9 April."""
    return ReportFacts(
        report("seeds/003_96e9363078674a3a.txt", "2025-04-10"),
        [miami_lafc_second_leg(dismissals=[]), lafc_miami_first_leg()],
        [miami_lafc_tie(teams=("lafc", "inter-miami"))],
    )


def monterrey_miami() -> ReportFacts:
    """The 2024 quarter-final: Inter Miami 1-2 Monterrey, Monterrey 3-1 Inter Miami; Alba off."""
    second = Match(
        "monterrey",
        "inter-miami",
        (3, 1),
        CCC,
        "2024",
        "quarter-final",
        leg=2,
        date="2024-04",
        extra_time=False,
        goals=[
            Goal("monterrey", "Brandon Vazquez", 31),
            Goal("monterrey", "German Berterame", 58),
            Goal("monterrey", "Jesus Gallardo", 64),
            Goal("inter-miami", "Diego Gomez", 85),
        ],
        dismissals=[Dismissal("inter-miami", "Jordi Alba", 77, second_yellow=True)],
    )
    first = Match("inter-miami", "monterrey", (1, 2), CCC, "2024", "quarter-final", leg=1)
    return ReportFacts(
        report("seeds/000_5496311061ab4003.txt", "2024-04", "de"), [second, first], []
    )


def inter_milan_bayern() -> ReportFacts:
    """Bayern Munich 1-2 Inter Milan, so that "inter" names two teams the store knows."""
    match = Match(
        "bayern-munich", "inter-milan", (1, 2), UCL, "2024-25", "quarter-final", 1, "2025-04-08"
    )
    return ReportFacts(report("reports/inter-bayern.txt", "2025-04-09"), [match])


def first_leg_only() -> ReportFacts:
    """Only the first leg of a 2024 tie (away goals, then extra time, then penalties)."""
    first = Match(
        "lafc", "inter-miami", (2, 1), CCC, "2024", "round-of-16", leg=1, date="2024-03-06"
    )
    return ReportFacts(report("reports/first-leg.txt", "2024-03-07", title="Leg one"), [first])


def away_goals() -> ReportFacts:
    """Tottenham through on away goals after 3-3 in the 2018-19 Champions League."""
    first = Match("tottenham", "ajax", (0, 1), UCL, "2018-19", "semi-final", leg=1)
    second = Match(
        "ajax", "tottenham", (2, 3), UCL, "2018-19", "semi-final", leg=2, date="2019-05-08"
    )
    return ReportFacts(report("reports/ajax-spurs.txt", "2019-05-09"), [first, second])


def extra_time() -> ReportFacts:
    """Real Madrid through after extra time in the 2021-22 semi-final, 6-5 on aggregate."""
    first = Match("manchester-city", "real-madrid", (4, 3), UCL, "2021-22", "semi-final", leg=1)
    second = Match(
        "real-madrid",
        "manchester-city",
        (3, 1),
        UCL,
        "2021-22",
        "semi-final",
        leg=2,
        date="2022-05-04",
        extra_time=True,
        goals=[
            Goal("manchester-city", "Riyad Mahrez", 73),
            Goal("real-madrid", "Rodrygo", 90),
            Goal("real-madrid", "Rodrygo", 90, added=1),
            Goal("real-madrid", "Karim Benzema", 95, penalty=True),
        ],
    )
    return ReportFacts(report("reports/madrid-city.txt", "2022-05-05"), [first, second])


def penalties() -> ReportFacts:
    """Columbus Crew through on penalties (4-3) after 1-1 and 1-1 with extra time."""
    first = Match("columbus-crew", "tigres", (1, 1), CCC, "2024", "quarter-final", leg=1)
    second = Match(
        "tigres",
        "columbus-crew",
        (1, 1),
        CCC,
        "2024",
        "quarter-final",
        leg=2,
        extra_time=True,
        penalties=(3, 4),
    )
    return ReportFacts(report("reports/tigres-crew.txt", "2024-04-11"), [first, second])


async def ingest_all(store: SqliteStore, *all_facts: ReportFacts) -> None:
    """Hand each report's facts to the real store, in order, as the ingest pipeline would."""
    for report_facts in all_facts:
        await store.ingest(report_facts)


async def write_store(path: Path, *all_facts: ReportFacts) -> None:
    """Fill a SQLite file with the real store and close it again, for tests that open it anew."""
    async with await SqliteStore.open(path) as store:
        await ingest_all(store, *all_facts)
