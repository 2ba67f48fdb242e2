# PostgreSQL part of tools/cluster.sh (sourced): Debian's PostgreSQL 15 run by pg_ctl as the `postgres` user, data,
# socket and log under DIR/postgres, listening on a free port of 127.0.0.1 only, trust authentication (loopback, for
# tests and a single machine), superuser `tarikh` and a database `tarikh`.

postgres_bin() {
  local v
  for v in 17 16 15; do
    [ -x "/usr/lib/postgresql/$v/bin/pg_ctl" ] && { echo "/usr/lib/postgresql/$v/bin"; return 0; }
  done
  echo "cluster: PostgreSQL is not installed (apt-get install postgresql)" >&2
  return 1
}

# runs a command as the postgres user when we are root (PostgreSQL refuses to run as root), else as ourselves
postgres_as() {
  if [ "$(id -u)" = 0 ]; then
    setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"
  else
    "$@"
  fi
}

postgres_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

postgres_up() {
  local dir="$1" bin base port
  bin="$(postgres_bin)" || return 1
  base="$dir/postgres"
  if [ -f "$base/data/postmaster.pid" ] && [ -f "$base/port" ]; then
    echo "cluster: PostgreSQL is already running under $base" >&2
    echo "export TARIKH_DATABASE=postgresql://tarikh@127.0.0.1:$(cat "$base/port")/tarikh"
    return 0
  fi
  mkdir -p "$base"
  if [ "$(id -u)" = 0 ]; then
    chmod o+x "$dir" # the postgres user must pass through DIR (mktemp -d makes it 700)
    chown postgres:postgres "$base"
    if ! setpriv --reuid=postgres --regid=postgres --init-groups -- test -w "$base"; then
      echo "cluster: the postgres user cannot write $base (a parent folder is closed to it): choose a DIR under /tmp" >&2
      return 1
    fi
  fi
  if [ ! -f "$base/data/PG_VERSION" ]; then
    postgres_as "$bin/initdb" -D "$base/data" -U tarikh --auth=trust -E UTF8 --locale=C.UTF-8 >"$base/initdb.log" 2>&1 \
      || { echo "cluster: initdb failed; see $base/initdb.log" >&2; tail -5 "$base/initdb.log" >&2; return 1; }
  fi
  local tries
  for tries in 1 2 3; do
    port="$(postgres_free_port)"
    echo "cluster: starting PostgreSQL on 127.0.0.1:$port (data in $base/data)" >&2
    if postgres_as "$bin/pg_ctl" -D "$base/data" -l "$base/postgres.log" -w -t 120 \
        -o "-p $port -k $base -c listen_addresses=127.0.0.1 -c max_connections=200" start >&2; then
      echo "$port" >"$base/port"
      break
    fi
    port=""
    sleep 1
  done
  if [ -z "$port" ]; then
    echo "cluster: PostgreSQL did not start; see $base/postgres.log" >&2
    tail -5 "$base/postgres.log" >&2 || true
    return 1
  fi
  if ! postgres_as "$bin/psql" -h 127.0.0.1 -p "$port" -U tarikh -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = 'tarikh'" | grep -q 1; then
    postgres_as "$bin/createdb" -h 127.0.0.1 -p "$port" -U tarikh tarikh >&2
  fi
  echo "export TARIKH_DATABASE=postgresql://tarikh@127.0.0.1:$port/tarikh" | tee "$base/env"
}

postgres_down() {
  local dir="$1" bin base
  base="$dir/postgres"
  [ -f "$base/data/postmaster.pid" ] || return 0
  bin="$(postgres_bin)" || return 1
  echo "cluster: stopping PostgreSQL under $base" >&2
  postgres_as "$bin/pg_ctl" -D "$base/data" -m fast -w -t 60 stop >&2
}
