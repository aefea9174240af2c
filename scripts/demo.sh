#!/usr/bin/env bash
# Set up a virtual environment and ask the bot sample questions from the seeds.
# The demo builds a fresh store from seeds/ each time (set SPORTSBOT_DB to keep one).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
demo_dir="$(mktemp -d)"
trap 'rm -rf "$demo_dir"' EXIT
export SPORTSBOT_DB="${SPORTSBOT_DB:-$demo_dir/sportsbot.sqlite3}"
ask() { echo "\$ sportsbot ask $(printf '%q ' "$@")"; .venv/bin/sportsbot ask "$@"; echo; }
ask "/tie miami lafc"
ask "/tie monterrey inter miami" --lang de
ask "/result lafc"
ask "/tie bayern arsenal"
