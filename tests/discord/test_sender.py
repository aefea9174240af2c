"""Announcements to a channel: posted as an embed, edited in place, failures classified."""

from __future__ import annotations

import pytest

from adapters.discord.sender import DiscordSender
from bot.schedule.sender import ChatGone, Sender, TransientError
from bot.seam import Reply, Section
from tests.discord.driver import embed_text
from tests.discord.facts import HOSTILE


def announcement(score: str) -> Reply:
    return Reply(
        "en",
        title="Inter Miami through",
        sections=(Section("Second leg", (f"Inter Miami {score} LAFC", f"{HOSTILE} Arena")),),
        footer="Source: miami-lafc.txt",
    )


async def test_send_then_edit_the_same_message(bot, english, standin):
    sender = DiscordSender(bot.client)
    assert isinstance(sender, Sender)

    message_id = await sender.send(english.channel_id, announcement("3\u20131"))
    await sender.edit(english.channel_id, message_id, announcement("4\u20131"))

    post, patch = [p for p in standin.posted if p.target == english.channel_id]
    assert post.method == "post" and patch.method == "patch"
    assert post.message_id == message_id == patch.message_id
    assert "Inter Miami 3\u20131 LAFC" in embed_text(post.body)
    assert "Inter Miami 4\u20131 LAFC" in embed_text(patch.body)
    assert post.body["allowed_mentions"]["parse"] == []
    assert "@everyone" not in embed_text(post.body)


@pytest.mark.parametrize(
    ("status", "outcome"), [(403, ChatGone), (404, ChatGone), (503, TransientError)]
)
async def test_failures_are_classified_for_the_outbox(bot, english, standin, status, outcome):
    standin.fail_channels[english.channel_id] = status
    sender = DiscordSender(bot.client)

    with pytest.raises(outcome):
        await sender.send(english.channel_id, announcement("3\u20131"))
    with pytest.raises(outcome):
        await sender.edit(english.channel_id, "1300000000000000001", announcement("3\u20131"))


async def test_a_resend_with_the_same_key_creates_no_second_message(bot, english, standin):
    sender = DiscordSender(bot.client)
    assert sender.idempotent

    first = await sender.send(english.channel_id, announcement("3\u20131"), key="chat:event:1")
    again = await sender.send(english.channel_id, announcement("3\u20131"), key="chat:event:1")
    other = await sender.send(english.channel_id, announcement("3\u20131"), key="chat:event:2")

    assert first == again != other
    posts = [p for p in standin.posted if p.target == english.channel_id]
    assert len(posts) == 2
    assert posts[0].body["enforce_nonce"] is True
    assert len(posts[0].body["nonce"]) <= 25
