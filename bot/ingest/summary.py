"""What an ingest run did, counted, and said in plain words for the command line."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from storage.records import Conflict, IngestResult

REASONS = {
    "empty": "the file is empty",
    "binary": "it is a binary file, not text",
    "language": "the text is neither German nor English",
    "not_football": "nothing in it is about football",
    "too_large": "the file is too large to be a report",
    "missing": "there is no such file",
    "unreadable": "the file cannot be opened",
    "store": "its facts could not be stored",
    "reader": "the reader failed on it (a bug: please report it with the file)",
}


@dataclass(frozen=True)
class Failure:
    path: Path
    reason: str
    message: str = ""

    def describe(self) -> str:
        why = REASONS.get(self.reason, self.reason)
        detail = f" ({self.message})" if self.message and self.reason == "store" else ""
        return f"{self.path}: not read: {why}{detail}"


@dataclass
class IngestSummary:
    files: int = 0
    reports_read: int = 0
    duplicates: int = 0
    matches_added: int = 0
    goals_added: int = 0
    dismissals_added: int = 0
    ties_added: int = 0
    conflicts: list[tuple[Path, Conflict]] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    report_ids: dict[Path, int] = field(default_factory=dict)

    def add(self, path: Path, result: IngestResult) -> None:
        if result.report_id is not None:
            self.report_ids[path] = result.report_id
        if result.duplicate:
            self.duplicates += 1
            return
        self.reports_read += 1
        self.matches_added += result.matches_added
        self.goals_added += result.goals_added
        self.dismissals_added += result.dismissals_added
        self.ties_added += result.ties_added
        self.conflicts.extend((path, conflict) for conflict in result.conflicts)

    def lines(self) -> list[str]:
        """The summary as the command prints it, conflicts and failures named one by one."""
        out = [
            f"files: {self.files}, reports read: {self.reports_read}"
            f" (already stored: {self.duplicates}), failures: {len(self.failures)}",
            f"added: {self.matches_added} matches, {self.goals_added} goals,"
            f" {self.dismissals_added} dismissals, {self.ties_added} ties;"
            f" conflicts: {len(self.conflicts)}",
        ]
        for path, conflict in self.conflicts:
            out.append(f"conflict in {path}: {_conflict_text(conflict)}")
        out.extend(failure.describe() for failure in self.failures)
        return out


def _conflict_text(conflict) -> str:
    """A goal with no stored value clashes with no one goal: the side's stored goals
    already make up its score, so the report's extra goal has no room."""
    stored, reported = conflict.plain(conflict.stored), conflict.plain(conflict.reported)
    if conflict.field == "goal" and not stored:
        return (
            f"the report says {reported}, but the goals stored for that side"
            " already make up its score; the store keeps its goals"
        )
    return (
        f"{conflict.field} is {stored or 'not stored'} in the store,"
        f" the report says {reported}; the store keeps its value"
    )
