"""The reports inbox: a folder watched every N seconds; new reports are ingested and filed.

A file that was ingested (or was already known) moves to done/; one that could
not be read moves to failed/ with NAME.reason.txt beside it. A file is taken
only once its size has stopped changing between two looks, so a report still
being copied in is left alone until it is complete. Hidden files and names
ending in .part, .tmp or .swp are ignored.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from bot.clock import Clock

log = logging.getLogger(__name__)

IGNORED_SUFFIXES = (".part", ".tmp", ".swp", ".crdownload")
IngestFile = Callable[[Path], Awaitable[object]]


@dataclass(frozen=True)
class Filed:
    name: str
    ok: bool
    reason: str = ""


class Inbox:
    def __init__(
        self,
        folder: Path,
        ingest_file: IngestFile,
        clock: Clock,
        interval: float = 30.0,
        after_ingest: Callable[[], None] | None = None,
        settle: bool = True,
    ) -> None:
        self.folder = Path(folder)
        self.ingest_file = ingest_file
        self.clock = clock
        self.interval = interval
        self.after_ingest = after_ingest
        self.settle = settle
        self.done = self.folder / "done"
        self.failed = self.folder / "failed"
        self._sizes: dict[str, int] = {}
        self._stopping = False
        self._task: asyncio.Task[None] | None = None

    def candidates(self) -> list[Path]:
        """Files ready to take: complete (size unchanged since the last look), oldest first."""
        if not self.folder.is_dir():
            return []
        ready, sizes = [], {}
        for path in self.folder.iterdir():
            if not path.is_file() or path.name.startswith(".") or path.suffix in IGNORED_SUFFIXES:
                continue
            size = path.stat().st_size
            sizes[path.name] = size
            if not self.settle or self._sizes.get(path.name) == size:
                ready.append(path)
        self._sizes = sizes
        return sorted(ready, key=lambda p: (p.stat().st_mtime, p.name))

    async def scan_once(self) -> list[Filed]:
        filed = []
        for path in self.candidates():
            try:
                await self.ingest_file(path)
            except Exception as error:
                reason = f"{type(error).__name__}: {error}"
                self._file(path, self.failed, reason)
                log.warning("inbox: %s failed: %s", path.name, reason)
                filed.append(Filed(path.name, False, reason))
            else:
                self._file(path, self.done)
                log.info("inbox: %s ingested", path.name)
                filed.append(Filed(path.name, True))
            self._sizes.pop(path.name, None)
        if any(f.ok for f in filed) and self.after_ingest:
            self.after_ingest()
        return filed

    def _file(self, path: Path, folder: Path, reason: str | None = None) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / path.name
        counter = 1
        while target.exists():
            target = folder / f"{path.stem}.{counter}{path.suffix}"
            counter += 1
        if reason is not None:
            note = target.with_name(f"{target.name}.reason.txt")
            note.write_text(reason + "\n", encoding="utf-8")
        shutil.move(str(path), str(target))

    async def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self._task = asyncio.create_task(self.run(), name="reports-inbox")

    async def stop(self) -> None:
        self._stopping = True
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None

    async def run(self) -> None:
        while not self._stopping:
            try:
                await self.scan_once()
            except Exception:
                log.exception("inbox: scanning %s failed", self.folder)
            await self.clock.sleep(self.interval)
