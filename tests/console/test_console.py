"""The console front end as a user runs it: `sportsbot ask` and `sportsbot chat`."""

from __future__ import annotations

import asyncio
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from storage.sqlite import SqliteStore
from tests.support import facts

PROJECT = Path(__file__).resolve().parents[2]


@pytest.fixture
def env(tmp_path, db_path, monkeypatch):
    """A store with hand-built facts, an empty seeds folder, and no config file."""

    asyncio.run(facts.write_store(db_path, facts.miami_lafc(), facts.monterrey_miami()))
    seeds = tmp_path / "no-seeds"
    seeds.mkdir()
    values = {"SPORTSBOT_DB": str(db_path), "SPORTSBOT_SEEDS": str(seeds), "SPORTSBOT_LANG": "en"}
    for key in ("SPORTSBOT_CONFIG", "SPORTSBOT_TZ"):
        monkeypatch.delenv(key, raising=False)
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    return values


def test_ask_prints_the_tie(env, capsys):
    assert main(["ask", "/tie miami lafc"]) == 0
    out = capsys.readouterr().out
    assert "LAFC 1–0 Inter Miami" in out
    assert "Inter Miami 3–1 LAFC\n9 April 2025" in out
    assert "Inter Miami 3–2 LAFC\nInter Miami go through on aggregate." in out
    assert "Goals: Long 9', Messi 35', Allen 61', Messi 84' (pen.)" in out


def test_ask_in_german(env, capsys):
    assert main(["ask", "/tie monterrey inter miami", "--lang", "de"]) == 0
    out = capsys.readouterr().out
    assert "CF Monterrey 5:2 Inter Miami\nCF Monterrey ist nach Gesamtergebnis weiter." in out
    assert "Alba (Inter Miami), Gelb-Rot (77.)" in out
    assert "Hinspiel" in out and "Rückspiel" in out


def test_ask_with_bad_input_exits_1_with_a_clear_message(env, capsys):
    assert main(["ask", "/tie xyz abc"]) == 1
    assert "No team called “xyz”." in capsys.readouterr().out


def test_chat_reads_lines_until_quit_and_picks_choices_by_number(env, capsys, monkeypatch):
    async def add_inter_milan() -> None:
        async with await SqliteStore.open(env["SPORTSBOT_DB"]) as store:
            await store.ingest(
                facts.ReportFacts(
                    facts.report("reports/derby.txt", "2024-04-23"),
                    [facts.Match("ac-milan", "inter-milan", (1, 2), "Serie A", "2023-24")],
                )
            )

    asyncio.run(add_inter_milan())
    lines = "/help\n\nresult inter\n2\n/lang de\n/tie lafc miami\n/quit\n/help\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines))
    assert main(["chat"]) == 0
    out = capsys.readouterr().out
    assert "What I can answer" in out
    assert "[1] Inter Miami  (/result inter-miami)" in out
    assert "AC Milan 1–2 Inter Milan" in out
    assert "Ab jetzt antworte ich hier auf Deutsch." in out
    assert "Inter Miami 3:2 LAFC" in out
    assert out.count("What I can answer") == 1


def test_config_error_is_reported_not_raised(env, capsys, monkeypatch):
    monkeypatch.setenv("SPORTSBOT_TZ", "Nowhere/Special")
    assert main(["ask", "/help"]) == 2
    assert "unknown timezone" in capsys.readouterr().err


def test_sportsbot_ask_as_a_process(env):
    run = subprocess.run(
        [sys.executable, "-m", "bot.cli", "ask", "/tie miami lafc", "--lang", "de"],
        cwd=PROJECT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "Inter Miami 3:2 LAFC" in run.stdout
    assert "9. April 2025" in run.stdout


def test_output_piped_into_a_reader_that_stops_early_ends_quietly(env):
    """`sportsbot ask ... | head -1`: the reader closing the pipe is no error of ours."""
    child = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "ask", "/tie miami lafc"],
        cwd=PROJECT,
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    child.stdout.close()
    stderr = child.stderr.read().decode()
    assert child.wait(timeout=120) == 141
    assert stderr == ""


def test_run_console_starts_the_services_and_answers(env, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("/tie lafc miami\n"))
    assert main(["run", "console"]) == 0
    assert "Inter Miami go through on aggregate." in capsys.readouterr().out


def test_run_without_a_platform_and_without_tokens_is_the_console(env, capsys, monkeypatch):
    for key in ("TELEGRAM_BOT_TOKEN", "DISCORD_BOT_TOKEN"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO("/tie lafc miami\n"))
    assert main(["run"]) == 0
    assert "Inter Miami go through on aggregate." in capsys.readouterr().out


def test_run_without_a_platform_but_with_two_tokens_asks_for_one(env, capsys, monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:abc")
    monkeypatch.setenv("DISCORD_BOT_TOKEN", "xyz")
    assert main(["run"]) == 2
    out = capsys.readouterr().out
    assert "name one platform" in out and "123:abc" not in out


def test_no_subcommand_prints_help(capsys):
    assert main([]) == 2
    assert "ask" in capsys.readouterr().out
