#!/usr/bin/env bash
# A throw-away PostgreSQL server on 127.0.0.1 for the tests, from Debian's packages.
#   eval "$(bash scripts/postgres.sh start)"   # exports NEWSWATCH_TEST_POSTGRES_URL and NEWSWATCH_TEST_PGDIR
#   bash scripts/postgres.sh stop "$NEWSWATCH_TEST_PGDIR"
# The superuser password is generated for each server and lives only in the environment.
set -euo pipefail

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

as_owner() {  # PostgreSQL refuses to run as root
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
start)
  if [ -z "$(bin_dir)" ]; then
    echo "postgres: installing PostgreSQL from Debian packages" >&2
    SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
    $SUDO apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
  fi
  BIN=$(bin_dir)
  dir=$(mktemp -d /tmp/newswatch-pg.XXXXXX)
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  printf '%s\n' "$password" >"$dir/pw"
  [ "$(id -u)" = 0 ] && chown -R postgres "$dir"
  as_owner "$BIN/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --pwfile="$dir/pw" -E UTF8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  rm -f "$dir/pw"
  as_owner "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c max_connections=200" start >&2 ||
    { cat "$dir/server.log" >&2; exit 1; }
  echo "export NEWSWATCH_TEST_POSTGRES_URL='postgresql+psycopg://postgres:$password@127.0.0.1:$port/postgres'"
  echo "export NEWSWATCH_TEST_PGDIR='$dir'"
  ;;
stop)
  dir=${2:?usage: postgres.sh stop DIR}
  as_owner "$(bin_dir)/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  rm -rf "$dir"
  ;;
*)
  echo "usage: postgres.sh start | stop DIR" >&2
  exit 2
  ;;
esac
