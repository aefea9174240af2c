#!/usr/bin/env bash
# Optional: compile the report reader with Cython for faster reading (nothing else needs it).
# Needs a C compiler. `scripts/build_fast.sh` installs the `fast` extra and builds;
# `scripts/build_fast.sh --clean` removes the compiled modules (the .py files read the same).
set -euo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
if [[ "${1:-}" != "--clean" ]]; then
    "$py" -m pip install --quiet -e '.[fast]'
fi
exec nice "$py" scripts/build_fast.py --jobs "${JOBS:-2}" "$@"
