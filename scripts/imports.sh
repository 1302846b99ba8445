#!/usr/bin/env bash
# Checks the import contracts in pyproject.toml with import-linter. import-linter reads a package
# from its folder, and pyproject maps consumers/, flows/, producers/ and schemas/ into the package
# `newswatch` from folders of their own, so the check runs on a copy laid out as installed.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV="${NEWSWATCH_VENV:-$ROOT/.venv}"
layout=$(mktemp -d)
trap 'rm -rf "$layout"' EXIT
mkdir "$layout/newswatch"
cp -r "$ROOT/newswatch/." "$layout/newswatch/"
for stage in consumers flows producers schemas; do
  cp -r "$ROOT/$stage" "$layout/newswatch/$stage"
done
find "$layout" -name __pycache__ -prune -exec rm -rf {} +
# import-linter puts the working folder first on the path: work from the copy.
cd "$layout"
PYTHONPATH="$layout" "$VENV/bin/lint-imports" --no-cache "$ROOT/pyproject.toml"
