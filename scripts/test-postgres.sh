#!/usr/bin/env bash
# Starts (or stops) a throw-away PostgreSQL server on loopback for the test suite, in a temporary
# directory, and prints the connection string the tests read from CHATCOACH_TEST_POSTGRES.
#   eval "$(scripts/test-postgres.sh start)"   # exports CHATCOACH_TEST_POSTGRES and CHATCOACH_TEST_PGDATA
#   scripts/test-postgres.sh stop
# Installs Debian's postgresql package when it is missing (needs root, as on CI).
set -euo pipefail
port="${CHATCOACH_TEST_PGPORT:-55432}"

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-start}" in
  start)
    if [ -z "$(bin_dir)" ]; then
      echo "installing postgresql (Debian package)" >&2
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) >&2
    fi
    bin="$(bin_dir)"
    data="$(mktemp -d /tmp/chatcoach-pg.XXXXXX)"
    [ "$(id -u)" = 0 ] && chown postgres "$data"
    as_postgres "$bin/initdb" -D "$data/db" -U postgres --auth=trust -E UTF8 >/dev/null
    as_postgres "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w \
      -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
    echo "export CHATCOACH_TEST_PGDATA='$data'"
    echo "export CHATCOACH_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres'"
    ;;
  stop)
    data="${CHATCOACH_TEST_PGDATA:?CHATCOACH_TEST_PGDATA is not set}"
    as_postgres "$(bin_dir)/pg_ctl" -D "$data/db" -m fast stop >/dev/null || true
    rm -rf "$data"
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
