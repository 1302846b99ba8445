#!/usr/bin/env bash
# Sets up, then runs the whole test suite: unit tests and integration tests on a real Kafka
# broker, a real Prefect server and real databases (SQLite and PostgreSQL), all started here or by
# the tests themselves.
# Extra arguments go to pytest.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$ROOT/scripts/setup.sh"
cd "$ROOT"
# The database tests run on SQLite and on PostgreSQL; this starts a private PostgreSQL server
# unless one is given.
if [ -z "${NEWSWATCH_TEST_POSTGRES_URL:-}" ]; then
  eval "$(bash "$ROOT/scripts/postgres.sh" start)"
  trap 'bash "$ROOT/scripts/postgres.sh" stop "$NEWSWATCH_TEST_PGDIR"' EXIT
fi
set +e
"${NEWSWATCH_VENV:-$ROOT/.venv}/bin/python" -m pytest "$@"
status=$?
set -e
# pytest exits 5 when it collected no test: that is a failure of this command, not a pass.
[ "$status" = 5 ] && echo "test: no tests were collected" >&2 && exit 1
exit "$status"
