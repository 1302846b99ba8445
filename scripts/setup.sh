#!/usr/bin/env bash
# Installs what newswatch needs on a Debian machine with Python 3.11+, idempotently:
# system packages (Java 17, Maven) when missing, the project and its dependencies in a virtualenv
# (.venv, or $NEWSWATCH_VENV), and the Kafka broker jars (Maven Central, cached in ~/.m2).
# --browser also installs Debian's chromium, which only the UI test and scripts/screenshots.sh use.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV=${NEWSWATCH_VENV:-$ROOT/.venv}
PYTHON=${PYTHON:-python3}

need_apt=()
command -v java >/dev/null || need_apt+=(openjdk-17-jre-headless)
command -v mvn >/dev/null || need_apt+=(maven)
if [ "${1:-}" = --browser ]; then
  command -v chromium >/dev/null || need_apt+=(chromium)
fi
"$PYTHON" -c 'import venv, ensurepip' 2>/dev/null || need_apt+=(python3-venv)
if ((${#need_apt[@]})); then
  echo "setup: installing ${need_apt[*]} from Debian packages"
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' ||
  { echo "setup: Python 3.11 or newer is required (found $("$PYTHON" --version))" >&2; exit 1; }

# pip's output (and the build backend's warnings) only matter when it fails.
pip_quietly() {
  local log
  log=$(mktemp)
  "$VENV/bin/python" -m pip "$@" >"$log" 2>&1 || { cat "$log" >&2; rm -f "$log"; return 1; }
  rm -f "$log"
}

[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
stamp="$VENV/.newswatch-installed"
want=$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: installing Python dependencies into $VENV"
  pip_quietly install --upgrade pip
  pip_quietly install -e "$ROOT[test]"
  echo "$want" >"$stamp"
else
  pip_quietly install --no-deps -e "$ROOT"
fi

if [ -z "${KAFKA_BOOTSTRAP_SERVERS:-${NEWSWATCH_KAFKA_BOOTSTRAP_SERVERS:-}}" ]; then
  "$VENV/bin/python" -c 'from newswatch.services.broker import LocalBroker; from newswatch.settings import Settings; LocalBroker(Settings()).ensure_jars()'
fi
echo "setup: ready ($VENV)"
