# Sourced by build/test.sh and build/bench-engine.sh: a PostgreSQL server for one run only, in its own temp dir, on
# loopback, on the first free port from $1, as the postgres user when run as root, stopped and deleted on exit.
# fsync off and friends: its figures are the code's, not the disk's. Sets CRM_TEST_PG on success.
#
#   source build/throwaway-postgres.sh
#   start_postgres 55432 || …      (CRM_PG_BIN points at other binaries, or nowhere to test the fallback)

pg_dir=""
pg_bin=""

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_postgres() {
  if [ -n "$pg_dir" ] && [ -f "$pg_dir/data/postmaster.pid" ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  if [ -n "$pg_dir" ]; then rm -rf "$pg_dir"; fi
}
trap stop_postgres EXIT

start_postgres() {
  # Debian keeps the server binaries off PATH.
  pg_bin=${CRM_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
  if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    return 1
  fi
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    echo "PostgreSQL is installed but there is no 'postgres' user to run it as." >&2
    return 1
  fi

  local port=${1:-55432}
  while (echo >"/dev/tcp/127.0.0.1/$port") >/dev/null 2>&1; do port=$((port + 1)); done
  pg_dir=$(mktemp -d /tmp/crm-pg.XXXXXX)
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$pg_dir"; fi
  as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --no-sync >"$pg_dir/initdb.log" 2>&1 || {
    cat "$pg_dir/initdb.log" >&2; return 1; }
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 -o \
    "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null || { cat "$pg_dir/server.log" >&2; return 1; }
  export CRM_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres"
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') started on port $port (data in $pg_dir)"
}
