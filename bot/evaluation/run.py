"""`sportsbot eval` underneath: ingest a gold folder into a fresh store and score what it holds.

The facts scored are read back from the store (`facts_of_report`), so the
figure covers the whole path a report takes (reader, merge, ties), not the
reader alone (bot.evaluation.dev does that).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from bot.evaluation.gold import load_dir
from bot.evaluation.score import Scorecard, score
from bot.facts import Report, ReportFacts
from bot.ingest.pipeline import Reader, ingest_file, prepared_resolver
from bot.ingest.summary import Failure
from storage.sqlite import SqliteStore


@dataclass
class Evaluation:
    card: Scorecard
    failures: list[Failure] = field(default_factory=list)

    def lines(self, details: bool = True) -> list[str]:
        """Failures first, then the scorecard, whose last line is the extraction figure."""
        return [failure.describe() for failure in self.failures] + self.card.lines(details)


async def evaluate(directory: Path | str, read: Reader | None = None) -> Evaluation:
    golds = load_dir(directory)
    failures: list[Failure] = []
    pairs = []
    with tempfile.TemporaryDirectory(prefix="sportsbot-eval-") as tmp:
        async with await SqliteStore.open(Path(tmp) / "eval.sqlite3") as store:
            resolver = await prepared_resolver(store)
            for gold in golds:
                outcome = await ingest_file(store, gold.path, resolver, read)
                if outcome.result is None or outcome.result.report_id is None:
                    if outcome.failure is not None:
                        failures.append(outcome.failure)
                    empty = Report("", "", str(gold.path), gold.lang or "", gold.published)
                    pairs.append((gold, ReportFacts(empty)))
                    continue
                pairs.append((gold, await store.facts_of_report(outcome.result.report_id)))
    return Evaluation(score(pairs), failures)
