"""One place that says where the store lives, which language and timezone to use, and the tokens.

Settings come from a TOML file (``SPORTSBOT_CONFIG``) and from the environment;
the environment wins, so a deployment can override one value without editing
the file. Tokens are kept out of ``repr`` so that logging a Config never leaks them.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.datadirs import CHECKOUT, data_dir

PROJECT_ROOT = CHECKOUT
DEFAULT_DB = "sportsbot.sqlite3"
DEFAULT_LANG = "en"
DEFAULT_TIMEZONE = "Europe/Berlin"
DEFAULT_SEEDS = data_dir("seeds")
DEFAULT_TELEGRAM_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_DISCORD_BASE_URL = "https://discord.com/api/v10"
DEFAULT_INBOX_INTERVAL = 30.0
LANGUAGES = ("en", "de")


class ConfigError(ValueError):
    """A config file or variable that cannot be used; the message names which."""


@dataclass(frozen=True)
class Config:
    db_path: Path = Path(DEFAULT_DB)
    lang: str = DEFAULT_LANG
    timezone: str = DEFAULT_TIMEZONE
    seeds_dir: Path = DEFAULT_SEEDS
    telegram_token: str | None = field(default=None, repr=False)
    telegram_base_url: str = DEFAULT_TELEGRAM_BASE_URL
    discord_token: str | None = field(default=None, repr=False)
    discord_base_url: str = DEFAULT_DISCORD_BASE_URL
    discord_guild_id: int | None = None
    inbox_dir: Path | None = None
    inbox_interval: float = DEFAULT_INBOX_INTERVAL
    config_file: Path | None = None

    @classmethod
    def load(cls, env: Mapping[str, str] | None = None, file: Path | None = None) -> Config:
        """Read the file named by `file` or SPORTSBOT_CONFIG, then apply the environment."""
        env = os.environ if env is None else env
        path = file or _path(env.get("SPORTSBOT_CONFIG"))
        data = _read_toml(path) if path else {}
        return cls.from_mapping(data, env, path)

    @classmethod
    def from_mapping(
        cls, data: Mapping[str, Any], env: Mapping[str, str], path: Path | None = None
    ) -> Config:
        def pick(var: str, section: str, key: str) -> Any:
            value = env.get(var)
            if value not in (None, ""):
                return value
            table = data.get(section, {})
            if not isinstance(table, Mapping):
                raise ConfigError(f"[{section}] must be a table")
            return table.get(key)

        def pick_path(var: str, section: str, key: str) -> Path | None:
            """Paths from the environment are relative to the cwd, from the file to the file."""
            value = pick(var, section, key)
            if value in (None, ""):
                return None
            base = Path.cwd() if env.get(var) or not path else path.parent
            return _resolve(value, base)

        db = pick_path("SPORTSBOT_DB", "store", "path")
        seeds = pick_path("SPORTSBOT_SEEDS", "store", "seeds")
        inbox = pick_path("SPORTSBOT_INBOX", "inbox", "path")
        interval = pick("SPORTSBOT_INBOX_INTERVAL", "inbox", "interval")
        guild = pick("DISCORD_GUILD_ID", "discord", "guild_id")
        lang = str(pick("SPORTSBOT_LANG", "bot", "lang") or DEFAULT_LANG).lower()
        if lang not in LANGUAGES:
            raise ConfigError(f"language must be one of {', '.join(LANGUAGES)}, not {lang!r}")
        timezone = str(pick("SPORTSBOT_TZ", "bot", "timezone") or DEFAULT_TIMEZONE)
        _check_timezone(timezone)
        return cls(
            db_path=db or Path(DEFAULT_DB),
            lang=lang,
            timezone=timezone,
            seeds_dir=seeds or DEFAULT_SEEDS,
            telegram_token=_text(pick("TELEGRAM_BOT_TOKEN", "telegram", "token")),
            telegram_base_url=_text(pick("TELEGRAM_API_BASE_URL", "telegram", "base_url"))
            or DEFAULT_TELEGRAM_BASE_URL,
            discord_token=_text(pick("DISCORD_BOT_TOKEN", "discord", "token")),
            discord_base_url=_text(pick("DISCORD_API_BASE_URL", "discord", "base_url"))
            or DEFAULT_DISCORD_BASE_URL,
            discord_guild_id=_number(guild, int, "DISCORD_GUILD_ID") if guild else None,
            inbox_dir=inbox,
            inbox_interval=_number(interval, float, "SPORTSBOT_INBOX_INTERVAL")
            if interval
            else DEFAULT_INBOX_INTERVAL,
            config_file=path,
        )


def _path(value: str | None) -> Path | None:
    return Path(value).expanduser() if value else None


def _resolve(value: Any, base: Path) -> Path:
    path = Path(str(value)).expanduser()
    return path if path.is_absolute() else base / path


def _text(value: Any) -> str | None:
    return str(value).strip() or None if value is not None else None


def _number(value: Any, kind: type, name: str) -> Any:
    try:
        return kind(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{name} must be a number, not {value!r}") from None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"config file {path} is not valid TOML: {error}") from None


def _check_timezone(name: str) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"unknown timezone {name!r}") from None
