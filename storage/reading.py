"""A read connection that answers a whole query in one trip to its own thread.

aiosqlite hands every statement to its thread and back; a reply that needs a
match list, its goals, cards, sources and conflicts paid that hop per
statement. Here a query function runs all its SELECTs synchronously on a plain
sqlite3 connection owned by one worker thread, inside one read transaction,
so it costs one hop and sees one consistent snapshot. In WAL mode the snapshot
never waits for the writer, and the writer never waits for it. The hop is a
plain queue and `call_soon_threadsafe`, about half the cost of an executor's.
"""

from __future__ import annotations

import asyncio
import queue
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

BUSY_TIMEOUT_MS = 10_000

Job = tuple[asyncio.AbstractEventLoop, asyncio.Future, Callable[..., Any] | None, tuple]


class ReadConnection:
    """Open with `await ReadConnection.open(path)`; `await run(fn, *args)` calls fn(conn, *args)."""

    def __init__(self, path: str | Path) -> None:
        self._jobs: queue.SimpleQueue[Job] = queue.SimpleQueue()
        self._thread = threading.Thread(
            target=self._serve, args=(str(path),), name="sqlite-read", daemon=True
        )
        self._closed = False

    @classmethod
    async def open(cls, path: str | Path) -> ReadConnection:
        reads = cls(path)
        reads._thread.start()
        try:
            await reads.run(_nothing)
        except BaseException:
            await reads.close()
            raise
        return reads

    def run(self, fn: Callable[..., T], *args: Any) -> asyncio.Future[T]:
        """A future for fn(conn, *args), run in one read transaction on the worker thread."""
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        if self._closed:
            future.set_exception(sqlite3.ProgrammingError("the read connection is closed"))
        else:
            self._jobs.put((loop, future, fn, args))
        return future

    async def close(self) -> None:
        """Finish the jobs already queued, then close the connection and end the thread."""
        if self._closed:
            return
        self._closed = True
        loop = asyncio.get_running_loop()
        done = loop.create_future()
        self._jobs.put((loop, done, None, ()))
        await done

    def _serve(self, path: str) -> None:
        conn: sqlite3.Connection | None = None
        failure: BaseException | None = None
        try:
            conn = _connect(path)
        except Exception as error:
            failure = error
        while True:
            loop, future, fn, args = self._jobs.get()
            if fn is None:
                if conn is not None:
                    conn.close()
                _settle_soon(loop, future, True, None)
                return
            if conn is None:
                _settle_soon(loop, future, False, failure)
                continue
            try:
                outcome = (True, _in_snapshot(conn, fn, args))
            except Exception as error:
                outcome = (False, error)
            _settle_soon(loop, future, *outcome)


class SnapshotMemo:
    """A query function's answers by argument, valid until anyone commits to the file.

    `PRAGMA data_version` changes whenever another connection, in this process
    or any other, commits; it also opens the read snapshot, so a remembered
    answer is only handed out while the file is exactly as it was when that
    answer was read. Only the worker thread calls it. For immutable answers.
    """

    def __init__(self, fn: Callable[..., T], size: int = 1024) -> None:
        self._fn = fn
        self._size = size
        self._version: int | None = None
        self._answers: OrderedDict[tuple, Any] = OrderedDict()

    def __call__(self, conn: sqlite3.Connection, *args: Any) -> Any:
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self._version:
            self._answers.clear()
            self._version = version
        if args in self._answers:
            self._answers.move_to_end(args)
            return self._answers[args]
        answer = self._answers[args] = self._fn(conn, *args)
        if len(self._answers) > self._size:
            self._answers.popitem(last=False)
        return answer


def _nothing(conn: sqlite3.Connection) -> None:
    return None


def _in_snapshot(conn: sqlite3.Connection, fn: Callable[..., T], args: tuple) -> T:
    conn.execute("BEGIN")
    try:
        return fn(conn, *args)
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")


def _settle_soon(loop: asyncio.AbstractEventLoop, future: asyncio.Future, ok: bool, value: Any):
    try:
        loop.call_soon_threadsafe(_settle, future, ok, value)
    except RuntimeError:
        pass


def _settle(future: asyncio.Future, ok: bool, value: Any) -> None:
    if future.done():
        return
    if ok:
        future.set_result(value)
    else:
        future.set_exception(value)


def _connect(path: str) -> sqlite3.Connection:
    """Runs in the worker thread, so the connection never leaves it."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA query_only = ON")
    except BaseException:
        conn.close()
        raise
    return conn
