#!/usr/bin/env bash
# Retakes the Prefect UI screenshots in docs/screenshots/ that the README shows: the browser test
# (tests/integration/test_prefect_ui_browser.py) run alone, on a Kafka broker and Prefect server of
# its own, keeps the pages whose text it checked. Extra arguments go to pytest.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$ROOT/scripts/setup.sh" --browser
cd "$ROOT"
NEWSWATCH_SCREENSHOTS_DIR="$ROOT/docs/screenshots" exec "${NEWSWATCH_VENV:-$ROOT/.venv}/bin/python" -m pytest \
  tests/integration/test_prefect_ui_browser.py -q -p no:cacheprovider "$@"
