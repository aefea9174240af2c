"""`sportsbot ingest` and `sportsbot eval` end to end with the project's own reader."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.cli import main
from bot.ingest import ingest_paths
from storage.sqlite import SqliteStore
from tests.ingest.test_pipeline import BAD, write

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


async def test_the_seeds_ingest_without_failures_and_give_the_monterrey_tie(db_path):
    async with await SqliteStore.open(db_path) as store:
        summary = await ingest_paths(store, [SEEDS], progress=False)
        assert summary.failures == []
        assert summary.reports_read == 2 and summary.matches_added >= 4
        [tie] = await store.ties_between("inter-miami", "monterrey")
        assert tie.tie.aggregate == {"monterrey": 5, "inter-miami": 2}
        assert tie.tie.winner == "monterrey"
        [tie] = await store.ties_between("inter-miami", "lafc")
        assert (tie.tie.winner, tie.tie.aggregate) == ("inter-miami", {"inter-miami": 3, "lafc": 2})


async def test_every_bad_file_is_named_by_the_real_reader(db_path, tmp_path):
    for name, data in BAD.items():
        write(tmp_path, name, data)
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, tmp_path / path.name)
    async with await SqliteStore.open(db_path) as store:
        summary = await ingest_paths(store, [tmp_path], progress=False)
    reasons = {failure.path.name: failure.reason for failure in summary.failures}
    assert reasons == {
        "empty.txt": "empty",
        "binary.txt": "binary",
        "french.txt": "language",
        "recipe.txt": "not_football",
    }
    assert summary.reports_read == 2


def test_the_ingest_command_prints_a_summary(db_path, tmp_path, capsys):
    write(tmp_path, "empty.txt", b"")
    status = main(["--db", str(db_path), "ingest", "--no-progress", str(SEEDS), str(tmp_path)])
    out = capsys.readouterr().out.splitlines()
    assert status == 1
    assert out[0] == "files: 3, reports read: 2 (already stored: 0), failures: 1"
    assert out[1].startswith("added: ") and " ties;" in out[1]
    assert out[-1] == f"{tmp_path / 'empty.txt'}: not read: the file is empty"
    status = main(["--db", str(db_path), "ingest", "--no-progress", str(SEEDS)])
    out = capsys.readouterr().out.splitlines()
    assert status == 0
    assert out[0] == "files: 2, reports read: 0 (already stored: 2), failures: 0"


def test_the_eval_command_ends_with_the_extraction_line(tmp_path, capsys):
    status = main(["--db", str(tmp_path / "unused.sqlite3"), "eval", str(SEEDS)])
    lines = capsys.readouterr().out.splitlines()
    assert status == 0
    assert lines[0].startswith("matches     P=")
    assert lines[-1].startswith("extraction: P=") and lines[-1].endswith(" over 2 reports")
    assert not (tmp_path / "unused.sqlite3").exists()
