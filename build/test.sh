#!/usr/bin/env bash
# The test command (README): builds, starts a throwaway PostgreSQL 15, runs every test on SQLite and PostgreSQL,
# stops the server and ends with the line "N passed, N failed".
#
#   build/test.sh                 everything
#   build/test.sh --filter X      passed to dotnet test (e.g. --filter "Provider=Sqlite")
#
# Where PostgreSQL is not installed it says so and runs only the SQLite half; with CRM_REQUIRE_PG=1 (CI) that
# is a failure instead. With CRM_TEST_PG already set, that server is used and none is started.
set -uo pipefail
cd "$(dirname "$0")/.."
extra_args=("$@")

summary() { echo "$1 passed, $2 failed"; }

pg_dir=""
stop_postgres() {
  if [ -n "$pg_dir" ] && [ -f "$pg_dir/data/postmaster.pid" ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  [ -n "$pg_dir" ] && rm -rf "$pg_dir"
}
trap stop_postgres EXIT

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  # Debian keeps the server binaries off PATH; CRM_PG_BIN points elsewhere (or nowhere, to test the fallback).
  pg_bin=${CRM_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
  if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    return 1
  fi
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    echo "PostgreSQL is installed but there is no 'postgres' user to run it as." >&2
    return 1
  fi

  local port=55432
  while (echo >"/dev/tcp/127.0.0.1/$port") >/dev/null 2>&1; do port=$((port + 1)); done
  pg_dir=$(mktemp -d /tmp/crm-pgtest.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$pg_dir"
  as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --no-sync >"$pg_dir/initdb.log" 2>&1 || {
    cat "$pg_dir/initdb.log" >&2; return 1; }
  # fsync off and friends: a throwaway server for tests only.
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 -o \
    "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null || { cat "$pg_dir/server.log" >&2; return 1; }
  export CRM_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres"
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') started on port $port (data in $pg_dir)"
}

filter=()
if [ -z "${CRM_TEST_PG:-}" ]; then
  if ! start_postgres; then
    if [ "${CRM_REQUIRE_PG:-0}" = 1 ]; then
      echo "PostgreSQL is required (CRM_REQUIRE_PG=1) but could not be started." >&2
      summary 0 1
      exit 1
    fi
    echo "WARNING: PostgreSQL is not installed here: running the SQLite half only (install postgresql-15 for the rest)." >&2
    filter=(--filter "Provider!=Postgres")
  fi
fi

if ! dotnet build Modules.sln -nologo -v quiet; then
  echo "The build failed." >&2
  summary 0 1
  exit 1
fi

log=$(mktemp /tmp/crm-test-log.XXXXXX)
dotnet test Modules.sln --no-build -nologo "${filter[@]}" "${extra_args[@]}" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# dotnet test prints one summary per test assembly: "Passed!  - Failed: 0, Passed: 44, Skipped: 0, ..."
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
assemblies=$(grep -Ec '^(Passed|Failed)! ' "$log")
projects=$(grep -c 'IsTestProject>true' $(find tests -name '*.csproj') | awk -F: '$2 > 0' | wc -l)
if [ "$assemblies" -lt "$projects" ] && [ "${#filter[@]}" -eq 0 ] && [ "${#extra_args[@]}" -eq 0 ]; then
  echo "Only $assemblies of $projects test assemblies reported results: a test host crashed." >&2
  failed=$((failed + projects - assemblies))
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # dotnet test failed without a test failing (e.g. a crash): never report success
fi
rm -f "$log"
# The architecture rules, as auditors read them.
report=tests/Crm.ArchitectureTests/bin/Debug/net10.0/architecture-rules.txt
[ -f "$report" ] && { echo; echo "Architecture rules:"; cat "$report"; echo; }
summary "$passed" "$failed"
[ "$failed" -eq 0 ]
