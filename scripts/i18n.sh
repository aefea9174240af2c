#!/usr/bin/env bash
# Extract one gettext domain's messages from its modules and update its de and en catalogs.
# Usage: bash scripts/i18n.sh [core|telegram|discord|schedule]   (then translate locales/de/...)
# Compiling is not needed: the bot compiles .po to .mo itself when a .mo is missing or older
# (or run: .venv/bin/pybabel compile -d locales -D DOMAIN).
set -euo pipefail
cd "$(dirname "$0")/.."
domain="${1:-core}"
ignore=()
keywords=(-k N_)
case "$domain" in
  core) paths=(bot adapters/console); ignore=(--ignore-dirs=schedule) ;;
  telegram) paths=(adapters/telegram) ;;
  discord) paths=(adapters/discord); keywords+=(-k "loc:1c,2") ;;
  schedule) paths=(bot/schedule) ;;
  *) echo "unknown domain: $domain" >&2; exit 2 ;;
esac
pot="locales/$domain.pot"
.venv/bin/pybabel extract -F locales/babel.cfg "${keywords[@]}" --sort-by-file "${ignore[@]}" \
  --project=sportsbot -o "$pot" "${paths[@]}"
for lang in de en; do
  if [ -f "locales/$lang/LC_MESSAGES/$domain.po" ]; then
    .venv/bin/pybabel update -D "$domain" -i "$pot" -d locales -l "$lang" --no-fuzzy-matching
  else
    .venv/bin/pybabel init -D "$domain" -i "$pot" -d locales -l "$lang"
  fi
done
rm -f "$pot"
