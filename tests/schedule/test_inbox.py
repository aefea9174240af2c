"""A report dropped into the inbox reaches each subscribed Telegram group in its own language."""

from __future__ import annotations

import asyncio

import pytest

from tests.schedule.conftest import INBOX_INTERVAL, Live

pytestmark = pytest.mark.asyncio

REPORT = (
    " date 2025-04-10 FORT LAUDERDALE, Fla. — (AP) — Lionel Messi scored twice to lift"
    " Inter Miami past LAFC 3-1 on Wednesday night in the CONCACAF Champions Cup"
    " quarterfinals.\n\nThe home crowd celebrated long after the final whistle.\n"
)
GERMAN, ENGLISH = -100_301, -100_302


async def command(live: Live, chat: dict, user: dict, text: str) -> str:
    before = len(live.tg.sent(chat["id"]))
    live.tg.send_text(chat, user, text)
    calls = await live.tg.wait_for(
        "sendMessage", count=before + 1, where=lambda c: c.params["chat_id"] == chat["id"]
    )
    return calls[-1].visible


async def scan(live: Live, name: str) -> None:
    """Two looks of the inbox (a file is taken once its size has held still), then wait
    until the file is filed away and the dispatcher has sent what it queued."""
    for _ in range(2):
        await live.advance(INBOX_INTERVAL)
    for _ in range(200):
        if not (live.inbox / name).exists():
            break
        await asyncio.sleep(0.02)
    await live.settle()


async def test_report_in_inbox_is_announced_to_each_group_in_its_language(live: Live):
    admin = live.tg.user(7, "Ana", language_code="en")
    groups = {GERMAN: live.tg.group_chat(GERMAN, "Fans DE"), ENGLISH: live.tg.group_chat(ENGLISH)}
    for chat_id in groups:
        live.tg.set_member(chat_id, admin["id"], "administrator")
    await command(live, groups[GERMAN], admin, "/lang de")
    assert "Inter Miami" in await command(live, groups[GERMAN], admin, "/subscribe inter miami")
    assert "now follows Inter Miami" in await command(
        live, groups[ENGLISH], admin, "/subscribe Inter Miami"
    )
    (live.inbox / "miami-lafc.txt").write_text(REPORT, encoding="utf-8")
    await scan(live, "miami-lafc.txt")
    german = await live.tg.wait_for("sendMessage", 3, where=lambda c: c.params["chat_id"] == GERMAN)
    english = await live.tg.wait_for(
        "sendMessage", 2, where=lambda c: c.params["chat_id"] == ENGLISH
    )
    assert "Neues Ergebnis" in german[-1].visible
    assert "Inter Miami 3:1 LAFC" in german[-1].visible
    assert "New result" in english[-1].visible
    assert "Inter Miami 3\u20131 LAFC" in english[-1].visible
    assert (live.inbox / "done" / "miami-lafc.txt").exists()
    assert not (live.inbox / "miami-lafc.txt").exists()


async def test_non_admin_cannot_subscribe_a_group(live: Live):
    fan = live.tg.user(8, "Ben", language_code="en")
    group = live.tg.group_chat(GERMAN)
    live.tg.set_member(GERMAN, fan["id"], "member")
    assert "Only the group's admins" in await command(live, group, fan, "/subscribe inter miami")
    assert await live.subs.list("telegram", str(GERMAN)) == []


async def test_unreadable_file_goes_to_failed_with_its_reason(live: Live):
    live.inbox.mkdir(exist_ok=True)
    (live.inbox / "empty.txt").write_text("", encoding="utf-8")
    (live.inbox / "copying.txt.part").write_text(REPORT, encoding="utf-8")
    await scan(live, "empty.txt")
    assert (live.inbox / "failed" / "empty.txt").exists()
    reason = (live.inbox / "failed" / "empty.txt.reason.txt").read_text(encoding="utf-8")
    assert "empty" in reason
    assert (live.inbox / "copying.txt.part").exists()
    assert live.tg.sent() == []
