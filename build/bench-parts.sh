#!/usr/bin/env bash
# Spare Parts' benchmark (issue 15; results in docs/performance.md): the catalogue's search through HTTP among
# 1,000,000 parts with 3 analogues each — by article, by an analogue's article, by words of the name. Runs
# Crm.Bench.Engine --only parts on PostgreSQL (a throwaway server unless CRM_TEST_PG is set), as build/bench-engine.sh does.
#
#   build/bench-parts.sh                                 1,000,000 parts, 2,000 reads of each kind
#   build/bench-parts.sh --parts 100000 --reads 500       fewer parts and reads
#   BENCH_PROVIDERS=sqlite build/bench-parts.sh --parts 50000
BENCH_PROVIDERS=${BENCH_PROVIDERS:-postgres} exec "$(dirname "$0")/bench-engine.sh" --only parts "$@"
