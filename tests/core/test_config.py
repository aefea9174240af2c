"""Config from a TOML file and the environment; the environment wins; tokens stay hidden."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import DEFAULT_SEEDS, Config, ConfigError

TOML = """
[store]
path = "data/bot.sqlite3"

[bot]
lang = "de"
timezone = "America/New_York"

[telegram]
token = "123:file-token"
base_url = "http://127.0.0.1:9/bot"

[discord]
token = "discord-file-token"
guild_id = 42

[inbox]
path = "inbox"
interval = 5
"""


def test_defaults_without_file_or_environment():
    config = Config.load(env={})
    assert config.db_path == Path("sportsbot.sqlite3")
    assert config.lang == "en"
    assert config.timezone == "Europe/Berlin"
    assert config.seeds_dir == DEFAULT_SEEDS
    assert config.telegram_base_url == "https://api.telegram.org/bot"
    assert config.discord_base_url == "https://discord.com/api/v10"
    assert config.telegram_token is None and config.inbox_dir is None


def test_file_values_are_relative_to_the_file(tmp_path):
    file = tmp_path / "conf" / "sportsbot.toml"
    file.parent.mkdir()
    file.write_text(TOML)
    config = Config.load(env={"SPORTSBOT_CONFIG": str(file)})
    assert config.db_path == file.parent / "data/bot.sqlite3"
    assert config.lang == "de"
    assert config.timezone == "America/New_York"
    assert config.telegram_token == "123:file-token"
    assert config.telegram_base_url == "http://127.0.0.1:9/bot"
    assert config.discord_guild_id == 42
    assert config.inbox_dir == file.parent / "inbox"
    assert config.inbox_interval == 5.0


def test_environment_wins_over_the_file(tmp_path):
    file = tmp_path / "sportsbot.toml"
    file.write_text(TOML)
    env = {
        "SPORTSBOT_CONFIG": str(file),
        "SPORTSBOT_DB": "/var/lib/sportsbot/store.sqlite3",
        "SPORTSBOT_LANG": "en",
        "SPORTSBOT_TZ": "UTC",
        "TELEGRAM_BOT_TOKEN": "999:env-token",
        "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot",
        "DISCORD_BOT_TOKEN": "env-discord",
        "DISCORD_API_BASE_URL": "http://127.0.0.1:8082/api/v10",
        "DISCORD_GUILD_ID": "7",
        "SPORTSBOT_INBOX": "/srv/inbox",
        "SPORTSBOT_INBOX_INTERVAL": "2.5",
        "SPORTSBOT_SEEDS": "/srv/seeds",
    }
    config = Config.load(env=env)
    assert config.db_path == Path("/var/lib/sportsbot/store.sqlite3")
    assert (config.lang, config.timezone) == ("en", "UTC")
    assert config.telegram_token == "999:env-token"
    assert config.telegram_base_url == "http://127.0.0.1:8081/bot"
    assert config.discord_token == "env-discord"
    assert config.discord_base_url == "http://127.0.0.1:8082/api/v10"
    assert config.discord_guild_id == 7
    assert config.inbox_dir == Path("/srv/inbox")
    assert config.inbox_interval == 2.5
    assert config.seeds_dir == Path("/srv/seeds")


def test_tokens_never_appear_in_repr(tmp_path):
    config = Config.load(env={"TELEGRAM_BOT_TOKEN": "123:secret", "DISCORD_BOT_TOKEN": "hush"})
    assert "secret" not in repr(config) and "hush" not in repr(config)
    assert "secret" not in str(config)


@pytest.mark.parametrize(
    "env, message",
    [
        ({"SPORTSBOT_LANG": "fr"}, "language"),
        ({"SPORTSBOT_TZ": "Mars/Olympus"}, "timezone"),
        ({"SPORTSBOT_INBOX_INTERVAL": "soon"}, "SPORTSBOT_INBOX_INTERVAL"),
        ({"SPORTSBOT_CONFIG": "/nonexistent/sportsbot.toml"}, "not found"),
    ],
)
def test_bad_values_are_named(env, message):
    with pytest.raises(ConfigError, match=message):
        Config.load(env=env)


def test_broken_toml_is_named(tmp_path):
    file = tmp_path / "bad.toml"
    file.write_text("[store\npath = 1")
    with pytest.raises(ConfigError, match="not valid TOML"):
        Config.load(env={"SPORTSBOT_CONFIG": str(file)})
