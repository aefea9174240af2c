"""The store the Telegram tests talk to: the seed's Inter Miami - LAFC tie and an Inter Milan
match, so that "inter" is ambiguous."""

from __future__ import annotations

from pathlib import Path

from tests.support.facts import inter_milan_bayern, miami_lafc, write_store


async def build_store(path: Path) -> None:
    """Write the facts into a fresh SQLite file with the real store."""
    await write_store(path, miami_lafc(), inter_milan_bayern())
