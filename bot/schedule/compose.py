"""What a chat is sent: the stored facts behind due rows, rendered once per language.

Facts and rendered replies are cached for one dispatch round, so a fan-out to
thousands of chats reads each fact once and renders it once per language.
"""

from __future__ import annotations

from bot.schedule.announce import Item, announcement, digest, short_correction
from bot.schedule.jobs import Job
from bot.schedule.outbox import Row, earlier_message
from bot.schedule.sender import Sender
from bot.seam import Reply
from storage.sqlite import SqliteStore


class Composer:
    def __init__(self, store: SqliteStore) -> None:
        self.store = store
        self._facts: dict[tuple[str, int], object] = {}
        self._replies: dict[tuple, Reply] = {}

    def forget(self) -> None:
        """Start a new round: facts may have changed since the last one."""
        self._facts = {}
        self._replies = {}

    async def reply(
        self, sender: Sender, job: Job, rows: list[Row], items: list
    ) -> tuple[Reply, str | None]:
        """The message for these rows. A correction of something this chat was never sent
        (its first revision was superseded before going out) is announced as new."""
        earlier: list[str | None] = []
        for index, row in enumerate(rows):
            found = None
            if row.event_kind == "correction":
                found = await earlier_message(self.store.reader, row)
                if found is None:
                    items[index] = Item(row.fact_kind, items[index].fact)
            earlier.append(found)
        if job.digest:
            return digest(items, job.lang), None
        item, row, previous = items[0], rows[0], earlier[0]
        short = previous is not None and not sender.supports_edit
        key = (row.fact_kind, row.fact_id, row.revision, item.event_kind, job.lang, short)
        if key not in self._replies:
            render = short_correction if short else announcement
            self._replies[key] = render(item, job.lang)
        return self._replies[key], None if short else previous

    async def item(self, row: Row) -> Item | None:
        key = (row.fact_kind, row.fact_id)
        if key not in self._facts:
            if row.fact_kind == "tie":
                self._facts[key] = await self.store.tie(row.fact_id)
            else:
                self._facts[key] = await self.store.match(row.fact_id)
        fact = self._facts[key]
        return Item(row.event_kind, fact) if fact is not None else None  # type: ignore[arg-type]
