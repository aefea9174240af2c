"""First run: build the store from the project's seeds/ when it holds no report yet."""

from __future__ import annotations

from pathlib import Path

from bot.ingest.pipeline import Reader, ingest_paths
from bot.ingest.summary import IngestSummary
from bot.teams.resolver import TeamResolver
from storage.protocol import Store

SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"


async def ensure_seeded(
    store: Store,
    seeds_dir: Path | str = SEEDS_DIR,
    resolver: TeamResolver | None = None,
    read: Reader | None = None,
) -> IngestSummary | None:
    """Ingest the seeds into an empty store; None when the store already holds reports."""
    if await _has_reports(store):
        return None
    return await ingest_paths(store, [Path(seeds_dir)], resolver, progress=False, read=read)


async def _has_reports(store: Store) -> bool:
    reports = getattr(store, "reports", None)
    if reports is not None:
        return bool(await reports())
    return bool(await store.known_teams())
