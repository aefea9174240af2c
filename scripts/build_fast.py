"""Builds the optional Cython accelerator: the report reader compiled in place, .py unchanged.

Run: .venv/bin/python scripts/build_fast.py [--jobs N] [--clean] [MODULE_GLOB...]
Every module of bot/reports, bot/teams and bot/competitions (package __init__ files
excepted) is compiled to an extension next to its .py file; Python imports the
extension first, and deleting it (--clean) brings back the interpreted reader. The
generated C goes to build/cython. Annotations are ignored (annotation_typing=False)
so a compiled module accepts exactly what the interpreted one does.
"""

from __future__ import annotations

import argparse
import sys
import sysconfig
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot/reports", "bot/teams", "bot/competitions")
# Modules left interpreted, each with the reason (see docs/benchmarks.md, "Session 9").
SKIPPED: dict[str, str] = {}
DIRECTIVES = {
    "language_level": 3,
    "annotation_typing": False,
    "binding": True,
    "embedsignature": False,
    "always_allow_keywords": True,
}


def sources(patterns: list[str]) -> list[Path]:
    """The reader's modules to compile, as paths relative to the project root."""
    found = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            relative = path.relative_to(ROOT)
            if path.name == "__init__.py" or relative.as_posix() in SKIPPED:
                continue
            if patterns and not any(relative.match(p) for p in patterns):
                continue
            found.append(relative)
    return found


def built() -> list[Path]:
    """The extensions a previous build left next to the reader's modules."""
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    return [p for package in PACKAGES for p in (ROOT / package).rglob("*" + suffix)]


def clean() -> None:
    for path in built():
        path.unlink()
    print("removed the compiled reader; the interpreted one is back")


def build(paths: list[Path], jobs: int) -> None:
    from Cython.Build import cythonize
    from setuptools import Distribution, Extension

    extensions = [
        Extension(
            p.with_suffix("").as_posix().replace("/", "."),
            [p.as_posix()],
            extra_compile_args=["-O2", "-g0"],
        )
        for p in paths
    ]
    modules = cythonize(
        extensions,
        compiler_directives=DIRECTIVES,
        build_dir="build/cython",
        nthreads=jobs,
        quiet=True,
    )
    # A bare Distribution: setup() would read pyproject.toml, which is the wheel's business.
    dist = Distribution({"name": "sportsbot-fast", "ext_modules": modules})
    command = dist.get_command_obj("build_ext")
    command.inplace = True
    command.parallel = jobs
    command.build_temp = "build/tmp"
    dist.run_command("build_ext")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--clean", action="store_true")
    parser.add_argument("patterns", nargs="*")
    args = parser.parse_args()
    if args.clean:
        clean()
        return
    started = time.perf_counter()
    sys.path.insert(0, str(ROOT))
    import os

    os.chdir(ROOT)
    paths = sources(args.patterns)
    build(paths, args.jobs)
    size = sum(p.stat().st_size for p in built())
    took = time.perf_counter() - started
    print(f"compiled {len(paths)} modules in {took:.0f} s; {size / 1e6:.1f} MB of extensions")


if __name__ == "__main__":
    main()
