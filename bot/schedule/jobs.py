"""What one dispatch round does per chat: group due rows into jobs, and hand one to a sender."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.schedule.outbox import Due, Row
from bot.schedule.sender import Sender
from bot.seam import Reply


@dataclass
class Job:
    """What goes to one chat this round: its due rows, as one digest or one by one."""

    platform: str
    chat_id: str
    group: bool
    lang: str
    digest: bool
    rows: list[Row] = field(default_factory=list)


@dataclass
class Outcome:
    sent: int = 0
    edited: int = 0
    retried: int = 0
    dropped: int = 0
    failed: int = 0


async def send(sender: Sender, chat_id: str, reply: Reply, key: str) -> str:
    """Only idempotent senders are given the key; others need not accept it."""
    if getattr(sender, "idempotent", False):
        return await sender.send(chat_id, reply, key=key)
    return await sender.send(chat_id, reply)


def jobs_of(due: list[Due], default_lang: str) -> list[Job]:
    jobs: dict[tuple[str, str], Job] = {}
    for entry in due:
        row = entry.row
        key = (row.platform, row.chat_id)
        if key not in jobs:
            jobs[key] = Job(
                row.platform,
                row.chat_id,
                entry.group,
                entry.lang or default_lang,
                entry.mode == "digest",
            )
        jobs[key].rows.append(row)
    return list(jobs.values())
