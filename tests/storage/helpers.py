"""Hand-built report facts for the store tests, as the reader would hand them over."""

from __future__ import annotations

import hashlib

from bot.facts import Goal, Match, Report, ReportFacts, Tie

CCC = "CONCACAF Champions Cup"


def report(text: str, source: str = "test.txt", lang: str = "en", published: str | None = None):
    sha = hashlib.sha256(text.encode()).hexdigest()
    return Report(text=text, sha256=sha, source=source, lang=lang, published=published)


def facts(text: str, matches=(), ties=(), **kwargs) -> ReportFacts:
    return ReportFacts(report=report(text, **kwargs), matches=list(matches), ties=list(ties))


def miami_lafc_second_leg(**changes) -> Match:
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
