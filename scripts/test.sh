#!/usr/bin/env bash
# Sets up, then runs the whole test suite: unit tests and integration tests on a real Kafka
# broker, a real Prefect server and real databases, all started by the tests themselves.
# Extra arguments go to pytest.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$ROOT/scripts/setup.sh"
cd "$ROOT"
set +e
"${NEWSWATCH_VENV:-$ROOT/.venv}/bin/python" -m pytest "$@"
status=$?
set -e
# pytest exits 5 when it collected no test: that is a failure of this command, not a pass.
[ "$status" = 5 ] && echo "test: no tests were collected" >&2 && exit 1
exit "$status"
