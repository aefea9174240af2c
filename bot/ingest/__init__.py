"""From report files to stored facts: `ingest_paths`, `ensure_seeded` and `sportsbot ingest`."""

from bot.ingest.pipeline import FileOutcome, ingest_file, ingest_paths, report_files
from bot.ingest.seed import ensure_seeded
from bot.ingest.summary import Failure, IngestSummary

__all__ = [
    "Failure",
    "FileOutcome",
    "IngestSummary",
    "ensure_seeded",
    "ingest_file",
    "ingest_paths",
    "report_files",
]
