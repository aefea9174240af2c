"""The ingest pipeline: files and folders in, one transaction per report, a summary out.

A file that cannot be read is named with its reason and the others go on; a
report whose facts fail to store leaves the store as it was (the store's
transaction) and is counted as a failure too.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from bot.facts import ReportFacts
from bot.ingest.summary import Failure, IngestSummary
from bot.reports.errors import UnreadableReport
from bot.reports.guard import MAX_BYTES
from bot.teams.resolver import Alias, TeamResolver
from storage.protocol import EventHook, Store
from storage.records import IngestResult

log = logging.getLogger(__name__)

Reader = Callable[[Path, TeamResolver | None], ReportFacts]
PROGRESS_FROM = 10
REPORT_SUFFIXES = {".txt"}
SIDE_FILES = (".reason.txt",)
"""Notes the inbox writes beside a failed report; never reports themselves."""
MAX_FILE_BYTES = MAX_BYTES
"""Larger files are refused before they are read into memory."""


def default_reader() -> Reader:
    """The project's report reader (bot.reports.reader.read_file)."""
    from bot.reports.reader import read_file

    return read_file


def report_files(paths: Iterable[Path | str]) -> tuple[list[Path], list[Failure]]:
    """Files named directly, plus every *.txt under each folder, sorted; missing paths fail.

    Hidden files and folders, and the inbox's NAME.reason.txt notes, are skipped.
    """
    files: list[Path] = []
    missing: list[Failure] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = (
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in REPORT_SUFFIXES
                and not p.name.endswith(SIDE_FILES)
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            files.extend(sorted(found))
        elif path.is_file():
            files.append(path)
        else:
            missing.append(Failure(path, "missing"))
    return files, missing


@dataclass(frozen=True)
class FileOutcome:
    """One file's fate: its result when stored, else why not."""

    path: Path
    result: IngestResult | None = None
    failure: Failure | None = None
    facts: ReportFacts | None = None


async def ingest_file(
    store: Store,
    path: Path,
    resolver: TeamResolver | None,
    read: Reader | None = None,
    on_events: EventHook | None = None,
) -> FileOutcome:
    """Read one file and store its facts in one transaction."""
    read = read or default_reader()
    try:
        size = path.stat().st_size
    except OSError as error:
        return FileOutcome(path, failure=Failure(path, "unreadable", str(error)))
    if size > MAX_FILE_BYTES:
        return FileOutcome(path, failure=Failure(path, "too_large", f"{size} bytes"))
    try:
        facts = read(path, resolver)
    except UnreadableReport as error:
        return FileOutcome(path, failure=Failure(path, error.reason_code, error.message))
    except OSError as error:
        return FileOutcome(path, failure=Failure(path, "unreadable", str(error)))
    except Exception as error:
        log.exception("reading %s failed; the other files go on", path)
        return FileOutcome(path, failure=Failure(path, "reader", f"{type(error).__name__}"))
    try:
        result = await store.ingest(facts, on_events)
    except Exception as error:
        log.exception("storing %s failed; the store is unchanged", path)
        return FileOutcome(path, failure=Failure(path, "store", f"{type(error).__name__}: {error}"))
    if resolver is not None:
        for alias in facts.aliases:
            resolver.add_alias(Alias(alias.team, alias.alias, alias.lang, facts.report.source))
    return FileOutcome(path, result=result, facts=facts)


async def prepared_resolver(store: Store) -> TeamResolver:
    """The curated resolver plus every alias the store learned from reports."""
    resolver = TeamResolver.default()
    for alias in await store.learned_aliases():
        resolver.add_alias(alias)
    return resolver


async def ingest_paths(
    store: Store,
    paths: Iterable[Path | str],
    resolver: TeamResolver | None = None,
    progress: bool = True,
    read: Reader | None = None,
    on_events: EventHook | None = None,
    echo: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Ingest files and folders; `echo` gets one line per file that could not be read."""
    files, missing = report_files(paths)
    resolver = resolver or await prepared_resolver(store)
    read = read or default_reader()
    summary = IngestSummary(files=len(files) + len(missing))
    bar = None
    if progress and len(files) >= PROGRESS_FROM:
        bar = tqdm(total=len(files), unit="report", file=sys.stderr, dynamic_ncols=True)

    def say(line: str) -> None:
        if echo is None:
            return
        if bar is not None:
            bar.clear()
            echo(line)
            bar.refresh()
        else:
            echo(line)

    for failure in missing:
        summary.failures.append(failure)
        say(failure.describe())
    try:
        for path in files:
            outcome = await ingest_file(store, path, resolver, read, on_events)
            if outcome.failure is not None:
                summary.failures.append(outcome.failure)
                say(outcome.failure.describe())
            elif outcome.result is not None:
                summary.add(path, outcome.result)
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
    return summary
