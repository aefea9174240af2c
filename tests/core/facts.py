"""Hand-built report facts for the core's tests, so they never depend on the reader's quality."""

from __future__ import annotations

import hashlib

from bot.facts import Dismissal, Goal, Match, Report, ReportFacts, Tie

CCC = "CONCACAF Champions Cup"


def report(source: str, published: str, lang: str = "en", title: str | None = None) -> Report:
    digest = hashlib.sha256(source.encode()).hexdigest()
    return Report(f"text of {source}", digest, source, lang, published, title)


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
    return ReportFacts(
        report("seeds/003_96e9363078674a3a.txt", "2025-04-10"), [second, first], [tie]
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


def first_leg_only() -> ReportFacts:
    """Only the first leg of a 2024 tie (away goals, then extra time, then penalties)."""
    first = Match(
        "lafc", "inter-miami", (2, 1), CCC, "2024", "round-of-16", leg=1, date="2024-03-06"
    )
    return ReportFacts(report("reports/first-leg.txt", "2024-03-07", title="Leg one"), [first])


def away_goals() -> ReportFacts:
    """Tottenham through on away goals after 3-3 in the 2018-19 Champions League."""
    ucl = "UEFA Champions League"
    first = Match("tottenham", "ajax", (0, 1), ucl, "2018-19", "semi-final", leg=1)
    second = Match(
        "ajax", "tottenham", (2, 3), ucl, "2018-19", "semi-final", leg=2, date="2019-05-08"
    )
    return ReportFacts(report("reports/ajax-spurs.txt", "2019-05-09"), [first, second])


def extra_time() -> ReportFacts:
    """Real Madrid through after extra time in the 2021-22 semi-final, 6-5 on aggregate."""
    ucl = "UEFA Champions League"
    first = Match("manchester-city", "real-madrid", (4, 3), ucl, "2021-22", "semi-final", leg=1)
    second = Match(
        "real-madrid",
        "manchester-city",
        (3, 1),
        ucl,
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
