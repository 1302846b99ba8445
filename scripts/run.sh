#!/usr/bin/env bash
# Sets up, then runs the whole pipeline on the embedded defaults (local Kafka, SQLite) with the
# demo site serving the seed article behind a local feed. Extra arguments go to `newswatch run`
# (e.g. --once). Ctrl-C stops everything.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$ROOT/scripts/setup.sh"
cd "$ROOT"
exec "${NEWSWATCH_VENV:-$ROOT/.venv}/bin/newswatch" run --demo "$@"
