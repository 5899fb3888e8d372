#!/usr/bin/env bash
# The process-engine benchmark (issue 3; results in docs/performance.md). Builds Release, starts a throwaway
# PostgreSQL 15 the way build/test.sh does (own temp dir, port 55480+, stopped on exit), runs the benchmark on SQLite
# and on PostgreSQL, and prints the RESULT lines as a table.
#
#   build/bench-engine.sh                         everything: 100,000 pending timers, burst of 5,000 (about 12 minutes)
#   build/bench-engine.sh --only timers --burst 1000   options go to the benchmark (see build/Crm.Bench.Engine/Program.cs)
#   build/bench-engine.sh --only throughput --sql show  also lists the database commands of one instance
#   BENCH_PROVIDERS=postgres build/bench-engine.sh      one provider only
set -uo pipefail
cd "$(dirname "$0")/.."
extra_args=("$@")
providers=${BENCH_PROVIDERS:-"sqlite postgres"}

source build/throwaway-postgres.sh # (the working directory is the repository root)

dotnet build build/Crm.Bench.Engine -c Release -nologo -v quiet || { echo "The build failed." >&2; exit 1; }
# Run from its own folder: WebApplicationFactory finds the host project through the manifest next to it.
bench_dir=build/Crm.Bench.Engine/bin/Release/net10.0

log=$(mktemp /tmp/crm-bench-log.XXXXXX)
status=0
for provider in $providers; do
  if [ "$provider" = postgres ] && [ -z "${CRM_TEST_PG:-}" ]; then
    start_postgres 55480 || { status=1; continue; }
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
