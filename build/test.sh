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

source build/throwaway-postgres.sh # (the working directory is the repository root)

filter=()
if [ -z "${CRM_TEST_PG:-}" ]; then
  if ! start_postgres 55432; then
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
