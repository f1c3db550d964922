#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests that need one (the PostgreSQL adapter, the Orleans grain storage, the CLI).
#
#   bash eng/postgres-test.sh dotnet test tests/Justice.Domain.Identity.PostgreSql.Tests
#       starts a cluster, runs the command with JUSTICE_TEST_POSTGRES set, stops the cluster and deletes it.
#   eval "$(bash eng/postgres-test.sh start)"
#       starts a cluster and prints the export lines (JUSTICE_TEST_POSTGRES, JUSTICE_TEST_POSTGRES_DIR);
#   bash eng/postgres-test.sh stop "$JUSTICE_TEST_POSTGRES_DIR"
#       stops that cluster and deletes its folder.
#
# The cluster lives in a new temporary folder, listens on a Unix socket in that folder only (no TCP port, so it never
# clashes with another server), trusts local connections and has one database, justice_test. When the PostgreSQL
# binaries are absent, they are installed from Debian's packages (apt-get, as root). Run as root, the cluster belongs
# to the postgres user (created when missing); run as another user, it belongs to that user.
set -euo pipefail

log() { printf 'postgres-test: %s\n' "$*" >&2; }

# The folder holding initdb, pg_ctl and postgres: on PATH, or Debian's /usr/lib/postgresql/<version>/bin (newest).
find_bin() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1 && command -v postgres >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
    return 0
  fi
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
    echo "$dir"
    return 0
  fi
  return 1
}

bin_dir() {
  local dir
  if dir="$(find_bin)"; then
    echo "$dir"
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    log "PostgreSQL is not installed and installing it needs root: apt-get install -y postgresql"
    return 1
  fi
  log "PostgreSQL is not installed: apt-get install -y postgresql"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  find_bin
}

# Runs a command as the cluster's owner.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local bin dir port=5432
  bin="$(bin_dir)"
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    log "creating the postgres user"
    useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/bash postgres
  fi
  dir="$(mktemp -d "${TMPDIR:-/tmp}/justice-pg.XXXXXX")"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
  as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-locale --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; log "initdb failed"; return 1; }
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c port=$port -c fsync=off -c max_connections=50" start >&2 \
    || { cat "$dir/server.log" >&2; log "the server did not start"; return 1; }
  if command -v psql >/dev/null 2>&1 || [ -x "$bin/psql" ]; then
    local psql; psql="$(command -v psql || echo "$bin/psql")"
    as_owner "$psql" -h "$dir" -p "$port" -U postgres -d postgres -q -c 'CREATE DATABASE justice_test' >&2
  else
    as_owner "$bin/createdb" -h "$dir" -p "$port" -U postgres justice_test >&2
  fi
  log "cluster started in $dir (socket $dir/.s.PGSQL.$port, database justice_test)"
  echo "export JUSTICE_TEST_POSTGRES='Host=$dir;Port=$port;Username=postgres;Database=justice_test'"
  echo "export JUSTICE_TEST_POSTGRES_DIR='$dir'"
}

stop() {
  local dir="${1:-}" bin
  [ -n "$dir" ] && [ -d "$dir/data" ] || { log "no cluster folder given (or it has no data/): nothing to stop"; return 0; }
  bin="$(find_bin)" || true
  if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || true
  fi
  rm -rf "$dir"
  log "cluster in $dir stopped and deleted"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  "" | -h | --help) sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; [ -n "${1:-}" ] ;;
  *)
    exports="$(start)"
    eval "$exports"
    trap 'stop "$JUSTICE_TEST_POSTGRES_DIR"' EXIT
    set +e
    "$@"
    rc=$?
    set -e
    exit "$rc"
    ;;
esac
