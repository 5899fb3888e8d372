#!/usr/bin/env bash
# Service Station's benchmark (issue 14; results in docs/performance.md): the telephony webhook at a fixed rate
# (contact visible through the API, then its "Client contact" task in an operator's list) and a day's schedule among many bookings. Runs Crm.Bench.Engine --only station
# on PostgreSQL (a throwaway server unless CRM_TEST_PG is set), as build/bench-engine.sh does.
#
#   build/bench-station.sh                                    50 calls/s for 60 s, 100,000 bookings
#   build/bench-station.sh --calls-per-second 20 --bookings 10000
#   BENCH_PROVIDERS="sqlite postgres" build/bench-station.sh  both providers
BENCH_PROVIDERS=${BENCH_PROVIDERS:-postgres} exec "$(dirname "$0")/bench-engine.sh" --only station "$@"
