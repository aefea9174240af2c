"""Posts and edits announcements in a Discord channel, for the outbox in bot/schedule.

The chat id is the channel id (where /subscribe was used). Rate limits are
discord.py's: its buckets wait and retry 429s themselves, so the outbox paces
nothing for Discord. Each announcement's key becomes the message nonce with
`enforce_nonce`, so Discord itself drops a re-send of a message it already
created (within its dedup window of a few minutes): that is what makes this
sender idempotent.
"""

from __future__ import annotations

import hashlib

import aiohttp
import discord

from adapters.discord import render
from bot.schedule.sender import NO_LIMITS, ChatGone, DeliveryUnknown, RetryLater, TransientError
from bot.seam import Reply

NONCE_LENGTH = 25


class DiscordSender:
    platform = "discord"
    supports_edit = True
    idempotent = True
    limits = NO_LIMITS

    def __init__(self, client: discord.Client) -> None:
        self.client = client

    async def send(self, chat_id: str, reply: Reply, key: str | None = None) -> str:
        channel = self.client.get_partial_messageable(int(chat_id))
        extra = {"nonce": nonce(key)} if key else {}
        message = await _classified(channel.send(**_content(reply), **extra))
        return str(message.id)

    async def edit(self, chat_id: str, message_id: str, reply: Reply) -> None:
        channel = self.client.get_partial_messageable(int(chat_id))
        message = channel.get_partial_message(int(message_id))
        await _classified(message.edit(**_content(reply)))


def nonce(key: str) -> str:
    """Discord takes nonces of at most 25 characters; the same key always gives the same one."""
    return hashlib.sha256(key.encode()).hexdigest()[:NONCE_LENGTH]


def _content(reply: Reply) -> dict[str, object]:
    return {"embed": render.embed(reply), "allowed_mentions": discord.AllowedMentions.none()}


async def _classified(call):
    """Run a REST call and turn discord.py's errors into the outbox's outcomes."""
    try:
        return await call
    except (discord.Forbidden, discord.NotFound) as error:
        raise ChatGone(f"Discord {error.status}: {error.text or 'refused'}") from error
    except discord.RateLimited as error:
        raise RetryLater(error.retry_after, "Discord rate limit") from error
    except discord.HTTPException as error:
        if error.status == 429:
            raise RetryLater(_retry_after(error), "Discord 429 outside its buckets") from error
        raise TransientError(f"Discord {error.status}: {error.text or 'error'}") from error
    except aiohttp.ClientConnectorError as error:
        raise TransientError(f"could not reach Discord: {error}") from error
    except (TimeoutError, aiohttp.ClientError, OSError) as error:
        raise DeliveryUnknown(f"no answer from Discord: {error!r}") from error


def _retry_after(error: discord.HTTPException) -> float:
    """A 429 discord.py did not wait out (no `Via` header: a proxy or Cloudflare said it)."""
    try:
        return float(error.response.headers.get("Retry-After", 5))
    except (TypeError, ValueError):
        return 5.0
