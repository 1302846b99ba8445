#!/usr/bin/env bash
# Sets up, then runs the whole test suite: unit tests and integration tests on a real Kafka
# broker, a real Prefect server and real databases (SQLite and PostgreSQL), all started here or by
# the tests themselves.
# Extra arguments go to pytest (and skip the quality floors, which judge the whole project).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# --browser: Chromium too, for the test that looks at the Prefect UI as an operator would.
bash "$ROOT/scripts/setup.sh" --browser
cd "$ROOT"
# The database tests run on SQLite and on PostgreSQL; this starts a private PostgreSQL server
# unless one is given.
if [ -z "${NEWSWATCH_TEST_POSTGRES_URL:-}" ]; then
  eval "$(bash "$ROOT/scripts/postgres.sh" start)"
  trap 'bash "$ROOT/scripts/postgres.sh" stop "$NEWSWATCH_TEST_PGDIR"' EXIT
fi
PYTHON="${NEWSWATCH_VENV:-$ROOT/.venv}/bin/python"
# The import contracts first: seconds, and quiet unless one is broken.
if ! contracts=$(bash "$ROOT/scripts/imports.sh" 2>&1); then
  echo "$contracts" >&2
  exit 1
fi
set +e
"$PYTHON" -m pytest "$@"
status=$?
set -e
# pytest exits 5 when it collected no test: that is a failure of this command, not a pass.
[ "$status" = 5 ] && echo "test: no tests were collected" >&2 && exit 1
[ "$status" != 0 ] && exit "$status"
# The quality floors (after a whole run, not a chosen subset) need the evaluation data beside the
# project; a clone alone skips them.
SHARED="${NEWSWATCH_SHARED:-$ROOT/../shared}"
if [ "$#" -eq 0 ]; then
  if [ -d "$SHARED/eval" ]; then
    NEWSWATCH_SHARED="$SHARED" "$PYTHON" -m benchmarks.floors
  else
    echo "test: no evaluation data at $SHARED, quality floors skipped"
  fi
fi
