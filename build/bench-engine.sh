#!/usr/bin/env bash
# The process-engine benchmark (issue 3; results in docs/performance.md). Builds Release, starts a throwaway
# PostgreSQL 15 the way build/test.sh does (own temp dir, port 55480+, stopped on exit), runs the benchmark on SQLite
# and on PostgreSQL, and prints the RESULT lines as a table.
#
#   build/bench-engine.sh                         everything (about 6 minutes)
#   build/bench-engine.sh --only timers --burst 1000   options go to the benchmark (see build/Crm.Bench.Engine/Program.cs)
#   BENCH_PROVIDERS=postgres build/bench-engine.sh      one provider only
set -uo pipefail
cd "$(dirname "$0")/.."
extra_args=("$@")
providers=${BENCH_PROVIDERS:-"sqlite postgres"}

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
  pg_bin=${CRM_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
  [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] || { echo "PostgreSQL is not installed." >&2; return 1; }
  local port=55480
  while (echo >"/dev/tcp/127.0.0.1/$port") >/dev/null 2>&1; do port=$((port + 1)); done
  pg_dir=$(mktemp -d /tmp/crm-pgbench.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$pg_dir"
  as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --no-sync >"$pg_dir/initdb.log" 2>&1 || {
    cat "$pg_dir/initdb.log" >&2; return 1; }
  # The same throwaway settings as build/test.sh (fsync off and friends): the figures are the engine's, not the disk's.
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 -o \
    "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null || { cat "$pg_dir/server.log" >&2; return 1; }
  export CRM_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres"
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') started on port $port (data in $pg_dir)"
}

dotnet build build/Crm.Bench.Engine -c Release -nologo -v quiet || { echo "The build failed." >&2; exit 1; }
# Run from its own folder: WebApplicationFactory finds the host project through the manifest next to it.
bench_dir=build/Crm.Bench.Engine/bin/Release/net10.0

log=$(mktemp /tmp/crm-bench-log.XXXXXX)
status=0
for provider in $providers; do
  if [ "$provider" = postgres ] && [ -z "${CRM_TEST_PG:-}" ]; then
    start_postgres || { status=1; continue; }
  fi
  (cd "$bench_dir" && dotnet Crm.Bench.Engine.dll --provider "$provider" "${extra_args[@]}") 2>&1 | grep -v '^{"Timestamp"' | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
done

echo
echo "| figure | result |"
echo "|---|---|"
grep '^RESULT ' "$log" | sed -E 's/^RESULT ([A-Za-z]+) ([a-z]+): (.*)$/| \1 \2 | \3 |/'
rm -f "$log"
exit $status
