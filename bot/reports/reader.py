"""The report reader's front door: one text in, the facts it states out
(matches, ties, learned aliases), or UnreadableReport saying why not.

Goals and dismissals come from the `goals` and `cards` modules, which fill
Match.goals / Match.dismissals where the text gives a complete account; then
`factcheck` drops any goal detail its own clause does not support.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from bot.facts import Match, Report, ReportFacts
from bot.reports import guard
from bot.reports.cards import dismissals as cards
from bot.reports.errors import UnreadableReport
from bot.reports.goals import factcheck
from bot.reports.goals import placing as goals
from bot.reports.goals.offbody import settle_off_body
from bot.reports.matches.assemble import build_matches, read_results
from bot.reports.matches.womens import womens_competitions
from bot.reports.names.aliases import learn_aliases
from bot.reports.text.document import Document, build_document
from bot.reports.text.spelling import respell, spelling_of
from bot.reports.ties.facts import read_ties
from bot.teams.resolver import TeamResolver

__all__ = ["read_report", "read_file", "UnreadableReport"]


def read_report(text: str, source: str, resolver: TeamResolver | None = None) -> ReportFacts:
    """Read one report. Raises UnreadableReport (empty, binary, too_large,
    language, not_football) for text that is not a football report we can read."""
    lang = guard.check(text)
    resolver = resolver or TeamResolver.default()
    doc = build_document(text, resolver, lang)
    back = spelling_of(text)
    guard.check_football(doc.text, len(doc.mentions))
    report = Report(
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        source=source,
        lang=lang,
        published=doc.dateline,
        title=back(_title(doc)),
    )
    readings = read_results(doc, resolver)
    built = build_matches(doc, readings, resolver)
    matches = [m for m, _ in built]
    pairs = {doc.index_of(r.sentence): r.teams() for _, r in built if r.teams()}
    pairs = {**doc.cache.get("state-pairs", {}), **pairs}  # sides of scores read as states
    ties = read_ties(doc, matches, pairs)
    womens_competitions(doc, matches, ties)
    _attach_events(doc, matches)
    respell(back, matches, ties)
    facts = ReportFacts(report, matches, ties, learn_aliases(doc, resolver))
    doc.release()
    return facts


def read_file(path: str | Path, resolver: TeamResolver | None = None) -> ReportFacts:
    """Read a report file; decoding problems are UnreadableReport('binary' ...)."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > guard.MAX_BYTES:
            raise UnreadableReport("too_large", f"{file}: {size} bytes is more than a report")
        data = file.read_bytes()
    except OSError as error:
        raise UnreadableReport("unreadable", f"{file}: {error.strerror}") from error
    return read_report(guard.decode(data), str(file), resolver)


def _attach_events(doc: Document, matches: list[Match]) -> None:
    goals.attach_goals(doc, matches)
    factcheck.check_goals(doc, matches)
    settle_off_body(doc, matches)
    cards.attach_dismissals(doc, matches)


def _title(doc: Document) -> str | None:
    first = doc.sentences[0].text if doc.sentences else ""
    return first[:120] or None
