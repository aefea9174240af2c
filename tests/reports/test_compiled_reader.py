"""The optional compiled reader (scripts/build_fast.sh) must read every text as the .py does."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SUFFIX = sysconfig.get_config_var("EXT_SUFFIX")
BUILT = sorted((ROOT / "bot" / "reports").rglob("*" + SUFFIX))
TEXTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests/data/reports").glob("*.txt"))

# Run in a child process: once as Python finds the modules (extensions first), once with a
# finder that gives bot.* only its .py sources. Prints where the reader came from, then
# every reading.
READ = """
import dataclasses, importlib.machinery as m, json, sys
if sys.argv[1] == "pure":
    class SourceOnly:
        def find_spec(self, name, path, target=None):
            if not name.startswith("bot.") or path is None:
                return None
            for entry in path:
                finder = m.FileFinder(entry, (m.SourceFileLoader, m.SOURCE_SUFFIXES))
                spec = finder.find_spec(name)
                if spec is not None:
                    return spec
            return None
    sys.meta_path.insert(0, SourceOnly())
from bot.reports import reader
from bot.teams.resolver import TeamResolver
resolver = TeamResolver.default()
readings = {}
for path in sys.argv[2:]:
    text = open(path, encoding="utf-8").read()
    try:
        readings[path] = dataclasses.asdict(reader.read_report(text, path, resolver))
    except reader.UnreadableReport as error:
        readings[path] = {"unreadable": str(error)}
print(reader.__file__)
print(json.dumps(readings, default=str, sort_keys=True))
"""


def read_all(mode: str) -> tuple[str, dict]:
    done = subprocess.run(
        [sys.executable, "-c", READ, mode, *map(str, TEXTS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    origin, readings = done.stdout.split("\n", 1)
    return origin, json.loads(readings)


@pytest.mark.skipif(not BUILT, reason="no compiled reader (scripts/build_fast.sh builds it)")
def test_compiled_reader_reads_like_the_source():
    compiled_origin, compiled = read_all("compiled")
    pure_origin, pure = read_all("pure")
    assert compiled_origin.endswith(SUFFIX)
    assert pure_origin.endswith(".py")
    assert len(TEXTS) >= 10
    assert any(reading.get("matches") for reading in pure.values())
    for path in pure:
        assert compiled[path] == pure[path], path


@pytest.mark.skipif(not BUILT, reason="no compiled reader (scripts/build_fast.sh builds it)")
def test_compiled_reader_is_not_older_than_its_source():
    """Python imports an extension before its .py, so a build older than an edit would read
    with the old rules: the suite fails until scripts/build_fast.sh is run again."""
    stale = [
        path.relative_to(ROOT).as_posix()
        for path in BUILT
        if path.stat().st_mtime < path.with_name(path.name[: -len(SUFFIX)] + ".py").stat().st_mtime
    ]
    assert stale == []
