"""Measures Cython on the report reader: compiles it in place, the .py files unchanged.

Not shipped (docs/benchmarks.md, "Session 9: Cython": 1.12x fewer instructions per read,
nothing measurable in time). To repeat the measurement: `.venv/bin/pip install cython`,
then `.venv/bin/python scripts/build_fast.py [--jobs N] [MODULE_GLOB...]`, and
`--clean` to remove the build again. Every module of bot/reports, bot/teams and
bot/competitions (package __init__ files excepted) becomes an extension next to its .py
file, which Python imports first: a build older than an edit reads with the old rules.
The generated C goes to build/cython. Annotations are ignored (annotation_typing=False)
so a compiled module accepts exactly what the interpreted one does.
"""

from __future__ import annotations

import argparse
import os
import sysconfig
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot/reports", "bot/teams", "bot/competitions")
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
            if path.name == "__init__.py":
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


def build(paths: list[Path], jobs: int, binding: bool) -> None:
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
        compiler_directives={**DIRECTIVES, "binding": binding},
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
    parser.add_argument("--no-binding", action="store_true", help="plain C functions")
    parser.add_argument("patterns", nargs="*")
    args = parser.parse_args()
    if args.clean:
        clean()
        return
    started = time.perf_counter()
    os.chdir(ROOT)
    paths = sources(args.patterns)
    build(paths, args.jobs, binding=not args.no_binding)
    size = sum(p.stat().st_size for p in built())
    took = time.perf_counter() - started
    print(f"compiled {len(paths)} modules in {took:.0f} s; {size / 1e6:.1f} MB of extensions")


if __name__ == "__main__":
    main()
