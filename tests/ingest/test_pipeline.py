"""The ingest pipeline over files and folders: every bad-file case named, the others stored.

The reader here is a stand-in that uses the real guard (bot.reports.guard)
to refuse bad files and states one match per good file, so these tests
check the pipeline on its own; tests/ingest/test_real_reader.py runs the
project's reader end to end.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.facts import Goal, Match, Report, ReportFacts
from bot.ingest import ensure_seeded, ingest_paths
from bot.ingest.cli import ingest_command
from bot.ingest.pipeline import MAX_FILE_BYTES
from bot.reports import guard
from storage.sqlite import SqliteStore

GOOD = " date 2025-04-10 Inter Miami beat LAFC 3-1 in the second leg of the quarterfinal."
BAD = {
    "empty.txt": b"",
    "binary.txt": bytes(range(256)) * 4,
    "french.txt": "Le club local a gagné le match de dimanche par trois buts contre un. "
    "Les joueurs de l'entraîneur ont dominé la rencontre dans le stade plein, et il "
    "n'y a pas eu de doute. C'est une victoire importante pour les supporters, qui "
    "attendaient une telle soirée depuis des années. La saison est encore longue et "
    "l'équipe veut rester en tête du championnat.".encode(),
    "recipe.txt": b"Preheat the oven, then mix the flour with the butter and the sugar "
    b"until the dough is smooth; bake it for twenty minutes and let it cool.",
}


def stand_in_reader(path: Path, resolver) -> ReportFacts:
    text = guard.decode(path.read_bytes())
    lang = guard.check(text)
    guard.check_football(text, 0)
    report = Report(text, f"sha-{text}", str(path), lang, None)
    home, away = ("inter-miami", "lafc") if "Miami" in text else ("bayern-munich", "arsenal")
    return ReportFacts(report, [Match(home, away, (3, 1), "Cup", "2025", leg=2)])


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    return path


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("empty.txt", "the file is empty"),
        ("binary.txt", "binary file"),
        ("french.txt", "neither German nor English"),
        ("recipe.txt", "nothing in it is about football"),
    ],
)
async def test_each_bad_file_is_named_with_its_reason_and_the_others_go_on(
    db_path, tmp_path, name, words
):
    bad = write(tmp_path, name, BAD[name])
    good = write(tmp_path, "good.txt", GOOD)
    async with await SqliteStore.open(db_path) as store:
        summary = await ingest_paths(store, [bad, good], read=stand_in_reader, progress=False)
        assert summary.reports_read == 1 and summary.matches_added == 1
        [failure] = summary.failures
        assert failure.path == bad
        assert str(bad) in failure.describe() and words in failure.describe()


async def test_a_reader_bug_on_one_file_is_named_and_the_others_go_on(db_path, tmp_path):
    """A reader that raises on one text (a bug, not a bad file) must not stop the run."""
    crash = write(tmp_path, "crash.txt", GOOD.replace("Inter Miami", "Bayern"))
    good = write(tmp_path, "good.txt", GOOD)

    def buggy(path: Path, resolver) -> ReportFacts:
        if path == crash:
            raise KeyError("mai\u0307")
        return stand_in_reader(path, resolver)

    async with await SqliteStore.open(db_path) as store:
        summary = await ingest_paths(store, [crash, good], read=buggy, progress=False)
        assert summary.reports_read == 1 and summary.matches_added == 1
        [failure] = summary.failures
        assert failure.path == crash and "the reader failed on it" in failure.describe()


async def test_a_too_large_file_is_refused_without_reading_it(db_path, tmp_path):
    big = write(tmp_path, "big.txt", b"x" * (MAX_FILE_BYTES + 1))
    async with await SqliteStore.open(db_path) as store:
        summary = await ingest_paths(store, [big], read=stand_in_reader, progress=False)
        assert [f.reason for f in summary.failures] == ["too_large"]
        assert "too large" in summary.lines()[-1]


async def test_folders_are_walked_for_txt_files_and_missing_paths_are_named(db_path, tmp_path):
    write(tmp_path, "reports/a.txt", GOOD)
    write(tmp_path, "reports/deeper/b.txt", GOOD.replace("Inter Miami", "Bayern"))
    write(tmp_path, "reports/a.gold.json", "{}")
    write(tmp_path, "reports/.hidden/c.txt", GOOD)
    write(tmp_path, "reports/failed/d.txt.reason.txt", "empty")
    async with await SqliteStore.open(db_path) as store:
        summary = await ingest_paths(
            store,
            [tmp_path / "reports", tmp_path / "nope.txt"],
            read=stand_in_reader,
            progress=False,
        )
        assert summary.files == 3 and summary.reports_read == 2
        assert [f.reason for f in summary.failures] == ["missing"]
        assert await store.known_teams() == {"inter-miami", "lafc", "bayern-munich", "arsenal"}


async def test_a_second_run_reads_nothing_new(db_path, tmp_path):
    write(tmp_path, "a.txt", GOOD)
    async with await SqliteStore.open(db_path) as store:
        await ingest_paths(store, [tmp_path], read=stand_in_reader, progress=False)
        again = await ingest_paths(store, [tmp_path], read=stand_in_reader, progress=False)
        assert (again.reports_read, again.duplicates, again.matches_added) == (0, 1, 0)


async def test_the_summary_counts_and_names_conflicts(db_path, tmp_path):
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "b.txt", GOOD + " Again.")

    def disagreeing(path, resolver):
        facts = stand_in_reader(path, resolver)
        if path.name == "b.txt":
            facts.matches[0].score = (2, 1)
        return facts

    async with await SqliteStore.open(db_path) as store:
        summary = await ingest_paths(store, [tmp_path], read=disagreeing, progress=False)
    lines = summary.lines()
    assert lines[0] == "files: 2, reports read: 2 (already stored: 0), failures: 0"
    assert lines[1] == "added: 1 matches, 0 goals, 0 dismissals, 0 ties; conflicts: 1"
    assert lines[2].startswith(f"conflict in {tmp_path / 'b.txt'}: score is 3-1")


async def test_a_goal_with_no_room_in_the_score_is_named_as_such(db_path, tmp_path):
    """Both reports give the 3-1 in full, the second with another Miami scorer: the
    stored goals already make up Miami's three, so the conflict says so (there is no
    one stored goal it clashes with)."""
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "b.txt", GOOD + " Again.")
    scorers = {"a.txt": ("Messi", "Suarez", "Alba"), "b.txt": ("Messi", "Suarez", "Allen")}

    def with_goals(path, resolver):
        facts = stand_in_reader(path, resolver)
        match = facts.matches[0]
        minutes = (10, 20, 30) if path.name == "a.txt" else (10, 20, 70)
        match.goals = [
            Goal("inter-miami", n, m) for n, m in zip(scorers[path.name], minutes, strict=True)
        ]
        match.goals.append(Goal("lafc", "Bouanga", 80))
        return facts

    async with await SqliteStore.open(db_path) as store:
        summary = await ingest_paths(store, [tmp_path], read=with_goals, progress=False)
    lines = summary.lines()
    assert lines[1] == "added: 1 matches, 4 goals, 0 dismissals, 0 ties; conflicts: 1"
    assert lines[2].startswith(f"conflict in {tmp_path / 'b.txt'}: the report says Allen")
    assert lines[2].endswith(
        "but the goals stored for that side already make up its score; the store keeps its goals"
    )


async def test_a_report_that_fails_to_store_is_a_failure_and_changes_nothing(db_path, tmp_path):
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "b.txt", GOOD + " Broken.")

    def broken(path, resolver):
        facts = stand_in_reader(path, resolver)
        if path.name == "b.txt":
            facts.matches.append(Match("lafc", "lafc", (0, 0)))
        return facts

    async with await SqliteStore.open(db_path) as store:
        summary = await ingest_paths(store, [tmp_path], read=broken, progress=False)
        assert [(f.path.name, f.reason) for f in summary.failures] == [("b.txt", "store")]
        assert (await store.counts())["reports"] == 1


async def test_a_progress_bar_shows_for_many_files(db_path, tmp_path, capsys):
    for i in range(12):
        write(tmp_path, f"r{i:02}.txt", f"{GOOD} Report {i}.")
    async with await SqliteStore.open(db_path) as store:
        summary = await ingest_paths(store, [tmp_path], read=stand_in_reader)
    assert summary.reports_read == 12
    assert "12/12" in capsys.readouterr().err


async def test_ensure_seeded_fills_an_empty_store_once(db_path, tmp_path):
    write(tmp_path, "seeds/one.txt", GOOD)
    async with await SqliteStore.open(db_path) as store:
        first = await ensure_seeded(store, tmp_path / "seeds", read=stand_in_reader)
        assert first.reports_read == 1
        assert await ensure_seeded(store, tmp_path / "seeds", read=stand_in_reader) is None


async def test_the_command_prints_the_summary_and_fails_on_unreadable_files(
    db_path, tmp_path, capsys, monkeypatch
):
    write(tmp_path, "empty.txt", b"")
    monkeypatch.setattr("bot.ingest.pipeline.default_reader", lambda: stand_in_reader)
    status = await ingest_command(db_path, [tmp_path / "empty.txt"], progress=False)
    out = capsys.readouterr().out
    assert status == 1
    assert f"{tmp_path / 'empty.txt'}: not read: the file is empty" in out
