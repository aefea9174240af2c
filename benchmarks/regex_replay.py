"""Instructions per read of each regex the reader runs, counted by replaying its calls.

Timing a pattern's calls misleads: `re` runs several times more instructions per
microsecond than the interpreter does, so a pattern that is cheap on the clock can be dear
in the instruction count (cg.sh's measure). This records every call the reader makes to
each compiled pattern over one cold pass of ../shared/reports and ../shared/seeds, then
replays the calls pattern by pattern under callgrind, marking each pattern's start with
`os.getppid()` so that callgrind dumps a count there:

    PYTHONPATH=$PWD .venv/bin/python benchmarks/regex_replay.py record OUT
    PYTHONPATH=$PWD valgrind --tool=callgrind --dump-before=getppid \\
        --callgrind-out-file=OUT/cg .venv/bin/python benchmarks/regex_replay.py replay OUT
    python3 benchmarks/regex_replay.py report OUT

A pattern is named by the line that compiled it (and, for the cue helpers in
bot/reports/patterns, by their caller). A `finditer` is replayed to its end, which
overstates callers that stop early; the Python loop adds about 1,000 instructions a call.
"""

from __future__ import annotations

import collections
import os
import pickle
import re
import sys
from pathlib import Path

_compile = re.compile
_CALLS: dict[str, list] = collections.defaultdict(list)
_SOURCES: dict[str, tuple] = {}


class _Recorded:
    """A compiled pattern that notes each call made to it."""

    __slots__ = ("_pattern", "_key")

    def __init__(self, pattern: re.Pattern, key: str) -> None:
        self._pattern, self._key = pattern, key

    def __getattr__(self, name: str):
        method = getattr(self._pattern, name)
        if name not in ("search", "match", "fullmatch", "findall", "finditer", "sub", "split"):
            return method

        def call(*args, **kwargs):
            _CALLS[self._key].append((name, args, kwargs))
            return method(*args, **kwargs)

        return call

    def __hash__(self) -> int:
        return hash(self._pattern)

    def __eq__(self, other) -> bool:
        return self._pattern == getattr(other, "_pattern", other)


def _recording_compile(pattern, flags=0):
    compiled = _compile(pattern, flags)
    if not isinstance(pattern, str):
        return pattern
    frame = sys._getframe(1)
    while frame and "bot/" not in frame.f_code.co_filename:
        frame = frame.f_back
    if frame is None:
        return compiled
    key = f"{frame.f_code.co_filename.split('bot/')[-1]}:{frame.f_lineno}"
    caller = frame.f_back
    while caller and "bot/reports/patterns/" in caller.f_code.co_filename:
        caller = caller.f_back
    if "patterns/" in key and caller is not None:
        key += f" <- {caller.f_code.co_filename.split('bot/')[-1]}:{caller.f_lineno}"
    key += f" {pattern[:40]!r} #{id(compiled)}"
    _SOURCES[key] = (pattern, flags)
    return _Recorded(compiled, key)


def record(out: Path) -> None:
    re.compile = _recording_compile
    root = Path(__file__).resolve().parents[1]
    sys.path[:0] = [str(root), str(root / "benchmarks")]
    from bench_read import clear, reader_caches

    from bot.reports.reader import read_report
    from bot.teams.resolver import TeamResolver

    resolver = TeamResolver.default()
    shared = root.parent / "shared"
    paths = sorted((shared / "reports").glob("*.txt")) + sorted((shared / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths if not p.name.isupper()]
    read_report(texts[0], "warm-up", resolver)
    caches = reader_caches()
    _CALLS.clear()
    for text in texts:
        clear(caches)
        read_report(text, "replay", resolver)
    sites = []
    for key, calls in _CALLS.items():
        kept = [c for c in calls if not callable(c[1][0])]  # a sub's function cannot be kept
        sites.append((key, _SOURCES[key], kept))
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "calls.pkl", "wb") as file:
        pickle.dump((len(texts), sites), file)
    print(f"{len(sites)} patterns, {sum(len(c) for _, _, c in sites)} calls, {len(texts)} texts")


def replay(out: Path) -> None:
    with open(out / "calls.pkl", "rb") as file:
        _, sites = pickle.load(file)
    compiled = [(_compile(*source), calls) for _, source, calls in sites]
    for pattern, calls in compiled:
        os.getppid()
        for name, args, kwargs in calls:
            if name == "finditer":
                for _ in pattern.finditer(*args, **kwargs):
                    pass
            else:
                getattr(pattern, name)(*args, **kwargs)
    os.getppid()


def report(out: Path, rows: int = 60) -> None:
    with open(out / "calls.pkl", "rb") as file:
        texts, sites = pickle.load(file)
    dumps = sorted(out.glob("cg.*"), key=lambda p: int(p.suffix[1:]))
    counts = []
    for dump in dumps:
        for line in dump.read_text().splitlines():
            if line.startswith(("summary:", "totals:")):
                counts.append(int(line.split()[1]))
                break
    # dump 1 ends at the first mark (start-up); dump i + 2 holds pattern i's calls
    costs = [(counts[i + 1] / texts / 1e6, len(calls) / texts, key) for i, (key, _, calls) in
             enumerate(sites)]  # fmt: skip
    costs.sort(reverse=True)
    print(f"{sum(c for c, _, _ in costs):.2f} M per read in all replayed calls")
    for cost, calls, key in costs[:rows]:
        print(f"{cost:6.3f} M {calls:6.1f} calls  {key}")


if __name__ == "__main__":
    {"record": record, "replay": replay, "report": report}[sys.argv[1]](Path(sys.argv[2]))
