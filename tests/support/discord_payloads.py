"""Discord API payloads shaped the way discord.py 2.7 parses them, for the stand-in Discord.

Kept apart from the server so tests can build interactions (slash commands,
autocomplete, button presses) with the same helpers the server uses.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

MANAGE_GUILD = 1 << 5
SEND_MESSAGES = 1 << 11
EVERYONE_PERMISSIONS = (1 << 10) | SEND_MESSAGES | (1 << 31)  # view, send, use app commands
ATTACHMENT_LIMIT = 8 * 1024 * 1024

_ids = itertools.count(1_300_000_000_000_000_000)


def snowflake() -> str:
    return str(next(_ids))


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


def user(user_id: str, name: str, bot: bool = False) -> dict[str, Any]:
    return {
        "id": user_id,
        "username": name,
        "discriminator": "0",
        "global_name": name,
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
        "flags": 0,
    }


@dataclass
class Member:
    user_id: str
    name: str
    manage_guild: bool = False

    @property
    def permissions(self) -> int:
        return EVERYONE_PERMISSIONS | (MANAGE_GUILD if self.manage_guild else 0)

    def payload(self, guild_id: str, with_permissions: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "user": user(self.user_id, self.name),
            "roles": [self.admin_role(guild_id)] if self.manage_guild else [],
            "joined_at": "2024-01-01T00:00:00+00:00",
            "deaf": False,
            "mute": False,
            "flags": 0,
            "nick": None,
            "avatar": None,
            "pending": False,
        }
        if with_permissions:
            data["permissions"] = str(self.permissions)
        return data

    @staticmethod
    def admin_role(guild_id: str) -> str:
        return str(int(guild_id) + 1)


@dataclass
class Guild:
    """A server with one text channel, an @everyone role and an admin role with Manage Server."""

    name: str
    members: list[Member]
    id: str = field(default_factory=snowflake)
    channel_id: str = field(default_factory=snowflake)
    locale: str = "en-US"

    def payload(self, bot_user_id: str) -> dict[str, Any]:
        roles = [
            _role(self.id, "@everyone", EVERYONE_PERMISSIONS, 0),
            _role(Member.admin_role(self.id), "Admins", EVERYONE_PERMISSIONS | MANAGE_GUILD, 1),
        ]
        bot = Member(bot_user_id, "sportsbot")
        return {
            "id": self.id,
            "name": self.name,
            "icon": None,
            "owner_id": self.members[0].user_id if self.members else bot_user_id,
            "roles": roles,
            "emojis": [],
            "stickers": [],
            "features": [],
            "member_count": len(self.members) + 1,
            "members": [bot.payload(self.id)] + [m.payload(self.id) for m in self.members],
            "channels": [self.channel_payload()],
            "threads": [],
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "preferred_locale": self.locale,
            "large": False,
            "unavailable": False,
            "joined_at": "2024-01-01T00:00:00+00:00",
        }

    def channel_payload(self) -> dict[str, Any]:
        return {
            "id": self.channel_id,
            "type": 0,
            "guild_id": self.id,
            "name": "football",
            "position": 0,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
            "topic": None,
            "last_message_id": None,
            "rate_limit_per_user": 0,
        }

    def member(self, user_id: str) -> Member:
        return next(m for m in self.members if m.user_id == user_id)


def _role(role_id: str, name: str, permissions: int, position: int) -> dict[str, Any]:
    return {
        "id": role_id,
        "name": name,
        "permissions": str(permissions),
        "position": position,
        "color": 0,
        "hoist": False,
        "managed": False,
        "mentionable": False,
        "flags": 0,
    }


def message(
    channel_id: str, author: dict[str, Any], body: dict[str, Any], message_id: str | None = None
) -> dict[str, Any]:
    """The message Discord answers with after a post or an edit."""
    return {
        "id": message_id or snowflake(),
        "channel_id": channel_id,
        "type": 0,
        "content": body.get("content") or "",
        "embeds": body.get("embeds") or [],
        "components": body.get("components") or [],
        "attachments": [],
        "author": author,
        "timestamp": now_iso(),
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "pinned": False,
        "flags": body.get("flags") or 0,
    }


def interaction(
    kind: int,
    data: dict[str, Any],
    application_id: str,
    guild: Guild | None,
    member: Member,
    locale: str = "en-US",
    message_payload: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """An INTERACTION_CREATE payload; kind 2 = command, 3 = component, 4 = autocomplete."""
    payload: dict[str, Any] = {
        "id": snowflake(),
        "application_id": application_id,
        "type": kind,
        "data": data,
        "token": f"itoken-{snowflake()}",
        "version": 1,
        "locale": locale,
        "app_permissions": str(EVERYONE_PERMISSIONS),
        "entitlements": [],
        "authorizing_integration_owners": {},
        "attachment_size_limit": ATTACHMENT_LIMIT,
    }
    if guild is not None:
        payload.update(
            guild_id=guild.id,
            guild_locale=guild.locale,
            channel_id=guild.channel_id,
            channel=guild.channel_payload(),
            member=member.payload(guild.id, with_permissions=True),
            context=0,
        )
    else:
        dm_channel = member.user_id
        payload.update(
            channel_id=dm_channel,
            channel={
                "id": dm_channel,
                "type": 1,
                "recipients": [user(member.user_id, member.name)],
            },
            user=user(member.user_id, member.name),
            context=1,
        )
    if message_payload is not None:
        payload["message"] = message_payload
    return payload


def command_data(
    name: str,
    options: dict[str, str],
    command_id: str,
    guild_id: str | None,
    focused: str | None = None,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": command_id,
        "name": name,
        "type": 1,
        "options": [
            {
                "name": key,
                "type": 3,
                "value": value,
                **({"focused": True} if key == focused else {}),
            }
            for key, value in options.items()
        ],
    }
    if guild_id is not None:
        data["guild_id"] = guild_id
    return data
