#!/usr/bin/env bash
# The crash test (issue 12; not part of CI; what it checks and its figures: docs/reliability.md). Publishes the host,
# starts a throwaway PostgreSQL (build/throwaway-postgres.sh) and runs each phase on a fresh database: hosts in the
# Development environment (its signing key, dev tokens and demo data) under a bounded load of new orders
# (POST /api/sales/orders from a few clients, every 201 recorded), kill -9 of a host at seeded random moments and a
# restart at once, then, once the hosts have settled, the invariants through the API and SQL (build/chaos.sql):
# every order has exactly one "New order processing" instance and one "Process this order?" task, no outbox event
# is stuck or failed, no timer fired twice. Prints a summary; exits 1 if an invariant fails.
#
#   build/chaos.sh                                 one host, then two replicas started together (~7 min + the publish)
#   CHAOS_SEED=4242 build/chaos.sh                 replays a run's kill schedule (the seed is printed)
#   CHAOS_PHASES=replicas CHAOS_REPLICA_START=migrate-first build/chaos.sh
#
# Settings (environment variables):
#   CHAOS_SEED           random   seeds the kill moments and which replica dies (phase "replicas" uses seed+1)
#   CHAOS_PHASES         "single replicas"   single: one host; replicas: two hosts on one database, load on both;
#                                 starts: no load, two replicas started together on an empty database CHAOS_STARTS times
#   CHAOS_STARTS         3        how many times the phase "starts" starts two replicas together
#   CHAOS_SECONDS        80       seconds of load per phase; the one-minute delays of its first orders fire within it
#   CHAOS_KILLS          4        kill -9 per phase, at moments drawn in [3 s, CHAOS_SECONDS]; a kill that falls while
#                                 its host is still starting waits until it answers, so every kill hits a serving host
#   CHAOS_CLIENTS        3        concurrent clients, one request in flight each
#   CHAOS_PAUSE          0.2      seconds each client waits between two orders (keeps the load bounded)
#   CHAOS_SETTLE         240      most seconds to wait, after the load and the kills, for the hosts to settle
#   CHAOS_REPLICA_START  together together: both at the same moment on the empty database; staggered: the second
#                                 once the first is ready; migrate-first: `--migrate-only`, then both together
#   CHAOS_HOST_DIR       -        an already published host (skips the publish)
#   CHAOS_KEEP           -        1: keep the work folder (host logs, acknowledged ids) even when all passed
#
# Needs curl, jq and psql (apt-get install -y curl jq postgresql-client) and PostgreSQL server binaries.
set -uo pipefail
cd "$(dirname "$0")/.."

seed=${CHAOS_SEED:-$((EPOCHSECONDS % 100000))}
phases=${CHAOS_PHASES:-"single replicas"}
seconds=${CHAOS_SECONDS:-80}
kills=${CHAOS_KILLS:-4}
clients=${CHAOS_CLIENTS:-3}
pause=${CHAOS_PAUSE:-0.2}
settle_max=${CHAOS_SETTLE:-240}
replica_start=${CHAOS_REPLICA_START:-together}
starts_count=${CHAOS_STARTS:-3}
template=src/Modules/Sales/Crm.Modules.Sales.Application/Processes/Templates/new-order-processing.process.json

for tool in curl jq psql; do
  command -v $tool >/dev/null || { echo "chaos.sh needs $tool: apt-get install -y ${tool/psql/postgresql-client}" >&2; exit 2; }
done
process=$(jq -r .name $template)
question=$(jq -r '.blocks[] | select(.id == "8-process") | .title' $template)

work=$(mktemp -d /tmp/crm-chaos.XXXXXX)
source build/throwaway-postgres.sh
declare -a ports=() pids=() starts=()
cleanup() {
  local pid
  for pid in "${pids[@]}" $(jobs -p); do kill -9 "$pid" 2>/dev/null; done
  stop_postgres
}
trap cleanup EXIT

say() { printf '[%s] %s\n' "$(date +%T)" "$*"; }
now_ds() { local t=${EPOCHREALTIME/./}; echo $((t / 100000)); } # deciseconds
alive() { [ -e "/proc/$1" ] && ! grep -q '^[0-9]* ([^)]*) Z' "/proc/$1/stat" 2>/dev/null; }
sql() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d "$db" -v ON_ERROR_STOP=1 -At -F' ' "$@"; }

# ---- hosts ----------------------------------------------------------------------------------------------------
start_host() {
  local r=$1
  starts[r]=$((${starts[r]:-0} + 1))
  (cd "$host_dir" && exec env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:${ports[r]}" \
    Database__Provider=Postgres Database__ConnectionString="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=$db" \
    dotnet Crm.Host.dll) >"$work/$phase-r$r-${starts[r]}.log" 2>&1 &
  pids[r]=$!
}

ready() { curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:${ports[$1]}/health/ready"; }

first_error() { grep -m 1 -E 'Unhandled exception|Exception \(0x' "$1" | cut -c1-300 | sed 's/^/    /'; }

# A host that died without being killed is an unexpected exit: say why (its log) and start it again.
supervise() {
  local r code
  for ((r = 0; r < replicas; r++)); do
    alive "${pids[r]}" && continue
    wait "${pids[r]}" 2>/dev/null; code=$?
    self_exits=$((self_exits + 1))
    say "replica $r exited by itself (exit $code; $phase-r$r-${starts[r]}.log):"
    first_error "$work/$phase-r$r-${starts[r]}.log"
    start_host "$r"
  done
}

wait_ready() { # seconds: every replica answers /health/ready
  local deadline=$((EPOCHSECONDS + $1)) r
  for ((r = 0; r < replicas; r++)); do
    until ready "$r"; do
      ((EPOCHSECONDS > deadline)) && { say "replica $r is not ready after $1 s"; return 1; }
      supervise
      sleep 0.5
    done
  done
}

kill_replica() { # replica, moment drawn, moment now (deciseconds)
  kill -9 "${pids[$1]}" 2>/dev/null
  wait "${pids[$1]}" 2>/dev/null
  killed=$((killed + 1))
  say "kill -9 replica $1 at $(($3 / 10)).$(($3 % 10)) s (drawn: $(($2 / 10)).$(($2 % 10)) s); restarting it"
  start_host "$1"
}

stop_hosts() {
  local r
  for ((r = 0; r < replicas; r++)); do kill -TERM "${pids[r]}" 2>/dev/null; done
  for ((r = 0; r < replicas; r++)); do wait "${pids[r]}" 2>/dev/null; done
  pids=()
}

# ---- load -----------------------------------------------------------------------------------------------------
api() { curl -s --max-time 30 -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }

place_orders() { # client index, Sales client id, end (epoch seconds)
  local i=$1 n=0 code port body="$work/$phase-client$1.body"
  while ((EPOCHSECONDS < $3)); do
    port=${ports[$(((i + n) % replicas))]}
    n=$((n + 1))
    code=$(api -o "$body" -w '%{http_code}' -X POST "http://127.0.0.1:$port/api/sales/orders" \
      -d "{\"clientId\":\"$2\",\"positions\":[{\"offer\":\"Chaos $phase $i-$n\",\"price\":100,\"quantity\":1}]}")
    echo "$code" >>"$work/$phase-client$i.codes"
    if [ "$code" = 201 ]; then
      jq -r .id "$body" >>"$work/$phase-client$i.acked"
    elif [ "$code" != 000 ] || ((replicas == 1)); then
      sleep 0.5 # (no answer with two replicas: the next order goes to the other one at once)
    fi
    sleep "$pause"
  done
}

# ---- settling and checks --------------------------------------------------------------------------------------
# Work still under way: orders without their question task yet, outbox events not yet handled, timers due.
pending() {
  local outboxes
  outboxes=$(sql -c "SELECT string_agg(format('SELECT count(*) AS n FROM %I.%I WHERE \"ProcessedAtUtc\" IS NULL AND \"FailedAtUtc\" IS NULL', table_schema, table_name), ' UNION ALL ') FROM information_schema.columns WHERE column_name = 'FailedAtUtc' AND table_name LIKE '%Outbox'")
  sql -c "SELECT (SELECT count(*) FROM sales.\"Orders\" o WHERE NOT EXISTS (SELECT 1 FROM tasking.\"Tasks\" t
            WHERE t.\"SubjectId\" = o.\"Id\"::text AND t.\"ProcessBlockId\" = '8-process')),
          (SELECT sum(n) FROM ($outboxes) o), (SELECT count(*) FROM processes.\"ProcessTimers\" WHERE \"DueAtUtc\" <= now())"
}

settle() {
  local deadline=$((EPOCHSECONDS + settle_max)) quiet=0 last=0 p
  while ((EPOCHSECONDS < deadline)); do
    supervise
    p=$(pending)
    if [ "$p" = "0 0 0" ]; then
      quiet=$((quiet + 1))
      ((quiet >= 2)) && { say "settled"; return 0; }
    else
      quiet=0
      ((EPOCHSECONDS - last >= 15)) && { say "settling: orders without their task, pending events, due timers: $p"; last=$EPOCHSECONDS; }
    fi
    sleep 3
  done
  say "not settled after $settle_max s: $p"
  return 1
}

all_pages() { # path, jq filter of ids, paging (cursor|skip)
  local page='' skip=0 out
  while :; do
    if [ "$3" = cursor ]; then
      out=$(api -G "$base$1" --data-urlencode "limit=200" ${page:+--data-urlencode "cursor=$page"})
      jq -r "$2" <<<"$out"
      page=$(jq -r '.nextCursor // empty' <<<"$out")
      [ -z "$page" ] && return
    else
      out=$(api -G "$base$1" --data-urlencode "limit=200" --data-urlencode "skip=$skip")
      jq -r "$2" <<<"$out"
      (($(jq length <<<"$out") < 200)) && return
      skip=$((skip + 200))
    fi
  done
}

# The same invariants as chaos.sql, as a user of the API sees them: orders listed, instances of the process, its
# question tasks (per order id), failed events.
check_api() {
  local nop
  nop=$(api "$base/api/processes/definitions" | jq -r --arg p "$process" '.[] | select(.name == $p) | .id')
  all_pages /api/sales/orders '.items[].id' cursor | sort >"$work/$phase-api-orders"
  all_pages "/api/processes/instances?definitionId=$nop" '.[].object.id' skip | sort >"$work/$phase-api-instances"
  all_pages "/api/tasking/tasks?processId=$nop&validity=All" ".items[] | select(.title == \"$question\") | .subject.id" cursor |
    sort >"$work/$phase-api-tasks"
  sort -u "$work/$phase-acked.txt" "$work/$phase-api-orders" >"$work/$phase-api-all"
  res[api_lost_orders]=$(comm -23 <(sort -u "$work/$phase-acked.txt") "$work/$phase-api-orders" | wc -l)
  res[api_lost_instances]=$(comm -23 "$work/$phase-api-all" <(uniq "$work/$phase-api-instances") | wc -l)
  res[api_doubled_instances]=$(uniq -d "$work/$phase-api-instances" | wc -l)
  res[api_lost_tasks]=$(comm -23 "$work/$phase-api-all" <(uniq "$work/$phase-api-tasks") | wc -l)
  res[api_doubled_tasks]=$(uniq -d "$work/$phase-api-tasks" | wc -l)
  res[api_failed_events]=$(api "$base/api/system/outbox/failed" | jq length)
}

check_sql() {
  local name value
  sql -q -c 'CREATE SCHEMA chaos; CREATE TABLE chaos.acked (id uuid PRIMARY KEY)'
  sql -q -c "\\copy chaos.acked FROM '$work/$phase-acked.txt'"
  while read -r name value; do res[$name]=$value; done < <(sql -q -v details="$work/$phase-details.txt" -f build/chaos.sql)
}

# ---- one phase ------------------------------------------------------------------------------------------------
new_database() { # an empty database $db and a free port per replica
  local r port=5300
  psql -h 127.0.0.1 -p "$pg_port" -U postgres -q -c "CREATE DATABASE $db" || return 1
  for ((r = 0; r < replicas; r++)); do
    while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    ports[r]=$port
    port=$((port + 1))
  done
}

# Phase "starts": two replicas started at the same moment on an empty database, CHAOS_STARTS times. Each time both
# must come up; a replica that dies is not restarted but counted, with the first error of its log.
run_starts() {
  phase=starts replicas=2 ports=() pids=() starts=() came_up_count=0
  local n r up code deadline
  echo
  say "phase starts: two replicas started together on an empty database, $starts_count times"
  for ((n = 1; n <= starts_count; n++)); do
    db=crm_starts_$n
    new_database || return 1
    for ((r = 0; r < replicas; r++)); do start_host "$r"; done
    deadline=$((EPOCHSECONDS + 180))
    while ((EPOCHSECONDS < deadline)); do
      up=0
      for ((r = 0; r < replicas; r++)); do
        if ! alive "${pids[r]}"; then
          wait "${pids[r]}" 2>/dev/null; code=$?
          say "start $n: replica $r exited ($code):"
          first_error "$work/$phase-r$r-${starts[r]}.log"
          up=-1
          break 2
        fi
        ready "$r" && up=$((up + 1))
      done
      ((up == replicas)) && break
      sleep 0.5
    done
    ((up == replicas)) && { came_up_count=$((came_up_count + 1)); say "start $n: both replicas up"; }
    ((up >= 0 && up < replicas)) && say "start $n: not both ready after 180 s"
    stop_hosts
  done
}

run_phase() { # name, replicas, seed
  phase=$1 replicas=$2 db=crm_$1 killed=0 self_exits=0 settled=yes came_up=yes
  declare -gA res=()
  ports=() pids=() starts=()
  RANDOM=$3
  local r k t t0 window=$((seconds * 10)) i
  local -a kill_at kill_who loaders
  for ((k = 0; k < kills; k++)); do kill_at+=($((30 + RANDOM % (window - 30)))); done
  mapfile -t kill_at < <(printf '%s\n' "${kill_at[@]}" | sort -n)
  for ((k = 0; k < kills; k++)); do kill_who+=($((RANDOM % replicas))); done

  echo
  say "phase $phase: $replicas host(s), seed $3, $clients clients for $seconds s, kills at (deciseconds, replica):" \
    "$(for ((k = 0; k < kills; k++)); do printf '%s/%s ' "${kill_at[k]}" "${kill_who[k]}"; done)"
  new_database || return 1

  if ((replicas > 1)) && [ "$replica_start" = migrate-first ]; then
    (cd "$host_dir" && ASPNETCORE_ENVIRONMENT=Development Database__Provider=Postgres \
      Database__ConnectionString="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=$db" \
      dotnet Crm.Host.dll --migrate-only) >"$work/$phase-migrate.log" 2>&1 || { say "--migrate-only failed"; return 1; }
  fi
  if ((replicas > 1)) && [ "$replica_start" = staggered ]; then
    start_host 0
    replicas=1 wait_ready 120
    for ((r = 1; r < $2; r++)); do start_host "$r"; done
  else
    for ((r = 0; r < replicas; r++)); do start_host "$r"; done # at the same moment
  fi
  wait_ready 180 || return 1
  ((self_exits > 0)) && came_up=no
  say "$replicas host(s) ready on ports ${ports[*]} ($self_exits exited by themselves on start)"

  base=http://127.0.0.1:${ports[0]}
  token=$(curl -s -X POST "$base/api/auth/dev-token" -H 'Content-Type: application/json' -d '{}' | jq -r .accessToken)
  # Sales offers its process on start-up through its outbox: orders placed before it is active start nothing.
  until api "$base/api/processes/definitions" | jq -e --arg p "$process" '.[] | select(.name == $p and .state == "Active")' >/dev/null; do
    sleep 1
  done

  t0=$(now_ds)
  for ((i = 0; i < clients; i++)); do
    client=$(api -X POST "$base/api/sales/clients" -d "{\"name\":\"Chaos client $i\",\"email\":\"chaos-$phase-$i@example.com\"}" | jq -r .id)
    place_orders "$i" "$client" $((EPOCHSECONDS + seconds)) &
    loaders+=($!)
  done
  k=0
  while :; do
    t=$(($(now_ds) - t0))
    if ((k < kills && t >= kill_at[k])) && ready "${kill_who[k]}"; then
      kill_replica "${kill_who[k]}" "${kill_at[k]}" "$t"
      k=$((k + 1))
    fi
    supervise
    ((k >= kills && t >= seconds * 10)) && break
    sleep 0.2
  done
  wait "${loaders[@]}"
  cat "$work/$phase"-client*.acked >"$work/$phase-acked.txt" 2>/dev/null || : >"$work/$phase-acked.txt"
  res[answers]=$(cat "$work/$phase"-client*.codes | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')
  say "kills done; the load placed $(wc -l <"$work/$phase-acked.txt") acknowledged orders; answers (count×status, 000 = none): ${res[answers]}"

  wait_ready 180 || return 1
  settle || settled=no
  check_sql
  check_api
  stop_hosts
}

# ---- the run --------------------------------------------------------------------------------------------------
say "seed $seed (replay: CHAOS_SEED=$seed CHAOS_PHASES=\"$phases\" CHAOS_SECONDS=$seconds CHAOS_KILLS=$kills CHAOS_CLIENTS=$clients CHAOS_PAUSE=$pause CHAOS_REPLICA_START=$replica_start build/chaos.sh)"
say "work folder (host logs, acknowledged ids): $work"
if [ -n "${CHAOS_HOST_DIR:-}" ]; then
  host_dir=$(cd "$CHAOS_HOST_DIR" && pwd)
else
  host_dir=$work/host
  say "publishing the host"
  dotnet publish src/Host/Crm.Host -c Release -o "$host_dir" -nologo -v quiet >"$work/publish.log" 2>&1 ||
    { cat "$work/publish.log"; echo "The publish failed." >&2; exit 1; }
fi
start_postgres 55700 || { echo "No PostgreSQL server binaries (apt-get install -y postgresql)." >&2; exit 2; }
pg_port=${CRM_TEST_PG##*Port=}
pg_port=${pg_port%%;*}

status=0
summary=$work/summary.txt
printf '%-10s %5s %6s %6s %6s %9s %6s %5s %5s %7s %6s %6s %5s %5s %6s %6s %4s\n' phase kills exits acked stored instances tasks \
  lost doubl stuck failed twice overd incid settled cameup api >"$summary"
for phase_name in $phases; do
  if [ "$phase_name" = starts ]; then
    run_starts
    starts_line="starts: $came_up_count of $starts_count times both replicas started together came up"
    ((came_up_count == starts_count)) || status=1
    continue
  fi
  case $phase_name in
    single) n=1 phase_seed=$seed ;;
    replicas) n=2 phase_seed=$((seed + 1)) ;;
    *) echo "Unknown phase '$phase_name' (single, replicas, starts)." >&2; exit 2 ;;
  esac
  if ! run_phase "$phase_name" "$n" "$phase_seed"; then
    say "phase $phase_name could not run"
    status=1
    stop_hosts
    continue
  fi
  api_bad=$((res[api_lost_orders] + res[api_lost_instances] + res[api_doubled_instances] + res[api_lost_tasks] + res[api_doubled_tasks] + res[api_failed_events]))
  printf '%-10s %5s %6s %6s %6s %9s %6s %5s %5s %7s %6s %6s %5s %5s %6s %6s %4s\n' "$phase" "$killed" "$self_exits" \
    "${res[acknowledged]}" "${res[stored]}" "${res[instances]}" "${res[tasks]}" "${res[lost]}" "${res[doubled]}" \
    "${res[stuck_events]}" "${res[failed_events]}" "${res[timers_fired_twice]}" "${res[timers_overdue]}" "${res[incidents]}" \
    "$settled" "$came_up" "$api_bad" >>"$summary"
  for key in lost_orders lost_instances doubled_instances lost_tasks doubled_tasks questions_asked_twice stored_unacknowledged; do
    printf '  %s=%s' "$key" "${res[$key]}"
  done
  echo
  if ((res[acknowledged] == 0 || res[lost] + res[doubled] + res[stuck_events] + res[failed_events] + res[timers_fired_twice] +
    res[questions_asked_twice] + res[timers_overdue] + res[incidents] + self_exits + api_bad > 0)) || [ "$settled" != yes ]; then
    status=1
  fi
done

echo
echo "kills: kill -9 sent; exits: hosts that died by themselves; lost/doubl: orders whose order, instance or question"
echo "task is missing / there twice; stuck/failed: outbox events; twice: timers fired twice; overd: timers left due;"
echo "incid: instances with an incident; api: mismatches seen through the API (lost, doubled, failed events)"
[ "$(wc -l <"$summary")" -gt 1 ] && cat "$summary"
[ -n "${starts_line:-}" ] && echo "$starts_line"
if ((status == 0)); then
  echo "All invariants hold."
  [ "${CHAOS_KEEP:-}" = 1 ] || rm -rf "$work"
else
  echo "An invariant failed (host logs in $work)."
fi
exit $status
