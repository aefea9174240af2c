#!/usr/bin/env bash
# Set up a virtual environment and ask the bot sample questions from the seeds.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
.venv/bin/sportsbot ask "/tie miami lafc"
.venv/bin/sportsbot ask "/tie monterrey inter miami" --lang de
