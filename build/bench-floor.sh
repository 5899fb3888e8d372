#!/usr/bin/env bash
# The floor under the engine benchmark (issue 3; results in docs/performance.md): how many instances of
# start -> question -> answer -> finish per second this machine's PostgreSQL serves when the client has no logic at
# all: pgbench (C) sends build/floor/instance.sql, the fewest round trips the flow needs under the design card (a
# transaction per user command and per delivery to another module). Whatever the product does on top costs host CPU
# on the same cores, so no host can beat this figure here.
#
#   build/bench-floor.sh                    8, 24 and 48 clients, 15 s each
#   build/bench-floor.sh 30 "16 48"         30 s each, 16 and 48 clients
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-15}
clients=${2:-"8 24 48"}

source build/throwaway-postgres.sh # (the working directory is the repository root)
if [ -z "${CRM_TEST_PG:-}" ]; then start_postgres 55490 || { echo "No PostgreSQL to run against." >&2; exit 1; }; fi
port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$CRM_TEST_PG")
host=$(sed -E 's/.*Host=([^;]+).*/\1/' <<<"$CRM_TEST_PG")
pg_bin=${pg_bin:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# Busy CPU ticks of the whole machine (user, nice, system, irq, softirq): the server's backends come and go with
# pgbench's connections, so the server's share is the machine's minus pgbench's own.
busy_ticks() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8}' /proc/stat; }

work=$(mktemp -d /tmp/crm-floor.XXXXXX); cp build/floor/*.sql "$work"; chmod -R a+rX "$work"
hz=$(getconf CLK_TCK)
echo "| clients | instances/s | latency avg | server CPU per instance (machine − pgbench) | pgbench CPU per instance |"
echo "|---|---|---|---|---|"
for c in $clients; do
  run_pg "$pg_bin/psql" -q -h "$host" -p "$port" -U postgres -f "$work/schema.sql" postgres >/dev/null 2>&1
  before=$(busy_ticks)
  out=$(PGOPTIONS="-c search_path=floor" run_pg /usr/bin/time -f "TIME %U %S" "$pg_bin/pgbench" -h "$host" -p "$port" \
    -U postgres -n -f "$work/instance.sql" -c "$c" -j 2 -T "$seconds" postgres 2>&1)
  after=$(busy_ticks)
  tps=$(grep -oP 'tps = \K[0-9.]+' <<<"$out" | head -1)
  lat=$(grep -oP 'latency average = \K[0-9.]+ ms' <<<"$out")
  client=$(grep -oP 'TIME \K.*' <<<"$out" | awk '{print $1 + $2}')
  done_count=$(awk -v t="$tps" -v s="$seconds" 'BEGIN{print t*s}')
  server_ms=$(awk -v a="$before" -v b="$after" -v hz="$hz" -v c="$client" -v n="$done_count" 'BEGIN{printf "%.2f ms", ((b-a)/hz-c)*1000/n}')
  client_ms=$(awk -v c="$client" -v n="$done_count" 'BEGIN{printf "%.2f ms", c*1000/n}')
  grep -q 'error' <<<"$out" && { echo "$out" >&2; exit 1; }
  echo "| $c | ${tps%.*} | $lat | $server_ms | $client_ms |"
done
rm -rf "$work"
