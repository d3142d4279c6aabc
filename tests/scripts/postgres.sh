#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1 for the store tests and print the line to eval:
#   eval "$(bash tests/scripts/postgres.sh)"
# Installs the distribution's packages if the server binaries are missing. Idempotent: a server this script
# started earlier (same state folder) is reused while it is running. Everything but the export goes to stderr.
set -euo pipefail

state="${POLICYWATCH_PG_STATE:-${TMPDIR:-/tmp}/policywatch-test-pg-$(id -u)}"
dbname="policywatch_test"
log() { echo "postgres.sh: $*" >&2; }

find_bindir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; fi
  done | sort -V | tail -n 1
}

bindir="$(find_bindir)"
if [ -z "$bindir" ]; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    log "PostgreSQL is not installed and cannot be installed here (needs root and apt-get): install postgresql"
    exit 1
  fi
  log "installing PostgreSQL from the distribution's packages"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y -q --no-install-recommends postgresql >&2; then
    apt-get update -q >&2
    apt-get install -y -q --no-install-recommends postgresql >&2
  fi
  bindir="$(find_bindir)"
  [ -n "$bindir" ] || { log "PostgreSQL installed but initdb was not found under /usr/lib/postgresql"; exit 1; }
fi

# PostgreSQL refuses to run as root: run it as the postgres user when we are root.
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
  as_pg() { runuser -u postgres -- "$@"; }
  user="postgres"
else
  as_pg() { "$@"; }
  user="$(id -un)"
fi

url() { echo "postgresql+psycopg://${user}@127.0.0.1:$1/${dbname}"; }

if [ -f "$state/port" ] && as_pg "$bindir/pg_isready" -q -h 127.0.0.1 -p "$(cat "$state/port")"; then
  log "reusing the server on port $(cat "$state/port")"
  echo "export POLICYWATCH_TEST_DATABASE_URL=$(url "$(cat "$state/port")")"
  exit 0
fi

rm -rf "$state"
mkdir -p "$state"
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$state"; fi
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
as_pg "$bindir/initdb" -D "$state/data" -U "$user" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2 \
  || as_pg "$bindir/initdb" -D "$state/data" -U "$user" --auth=trust --encoding=UTF8 --locale=C >&2
# Test settings: durability off (the data is thrown away), loopback only, the socket in the state folder.
as_pg "$bindir/pg_ctl" -D "$state/data" -l "$state/server.log" -w -t 60 \
  -o "-h 127.0.0.1 -p $port -k $state -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >&2
as_pg "$bindir/createdb" -h 127.0.0.1 -p "$port" -U "$user" "$dbname"
echo "$port" > "$state/port"
log "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $state/data)"
echo "export POLICYWATCH_TEST_DATABASE_URL=$(url "$port")"
