#!/usr/bin/env bash
# The inbox and statistics benchmark (issue 5; results in docs/performance.md). Builds Release, starts a throwaway
# PostgreSQL 15 the way build/test.sh does (own temp dir, port 55490+, stopped on exit), seeds 1,000,000 tasks across
# 200 employees and 50 processes with set-based SQL, times the real endpoints and prints p50/p99 against the targets.
#
#   build/bench-tasking.sh                                   everything (seeding a few minutes, then the queries)
#   build/bench-tasking.sh --tasks 100000 --iterations 50    options go to the benchmark (see build/Crm.Bench.Tasking/Program.cs)
#   CRM_TEST_PG=... build/bench-tasking.sh                   use that server instead of starting one
set -uo pipefail
cd "$(dirname "$0")/.."
extra_args=("$@")

source build/throwaway-postgres.sh # (the working directory is the repository root)

dotnet build build/Crm.Bench.Tasking -c Release -nologo -v quiet || { echo "The build failed." >&2; exit 1; }
if [ -z "${CRM_TEST_PG:-}" ]; then
  start_postgres 55490 || { echo "Could not start PostgreSQL." >&2; exit 1; }
fi

# Run from its own folder: WebApplicationFactory finds the host project through the manifest next to it.
bench_dir=build/Crm.Bench.Tasking/bin/Release/net10.0
log=$(mktemp /tmp/crm-bench-log.XXXXXX)
(cd "$bench_dir" && dotnet Crm.Bench.Tasking.dll "${extra_args[@]}") 2>&1 | grep --line-buffered -v '^{"Timestamp' | tee "$log"
status=${PIPESTATUS[0]}

echo
grep '^RESULT seeding' "$log" | sed 's/^RESULT //'
echo
echo "| query | as | p50 ms | p99 ms | target | |"
echo "|---|---|---|---|---|---|"
grep '^RESULT |' "$log" | sed 's/^RESULT //'
rm -f "$log"
exit "$status"
