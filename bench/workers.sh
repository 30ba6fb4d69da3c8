#!/usr/bin/env bash
# Distributed ingest throughput: enqueue a corpus on a fresh JetStream stream,
# drain it with N `claimtrack worker` processes into a fresh PostgreSQL
# database, and print articles/s and where each article's time goes. Needs
# NATS at $NATS and PostgreSQL at $PG (a role that may CREATE DATABASE; the
# server on this machine, whose backends' CPU is read from /proc).
#
#   bench/workers.sh 1 && bench/workers.sh 2 && bench/workers.sh 4
#
# Printed per run:
# - articles/s (wall) and CPU per article: the workers (user + system,
#   extraction included), of it extraction alone (the corpus extracted once
#   in one process, `claimtrack extract`, before the clock starts), and the
#   database backends serving the run;
# - what the workers' database sessions were doing, sampled every 0.1 s
#   from pg_stat_activity (per worker, as shares of the run's wall time):
#   running a statement ("statement": on the CPU or waiting for it), waiting
#   on a lock (advisory or row: the ledger's per-key write locks), inside a
#   transaction between statements ("client in tx": the worker's own save
#   and ledger work and round trips), and outside any transaction (the
#   worker extracting, fetching messages or acknowledging them);
# - with pg_stat_statements in the server, the statements that took its time.
set -euo pipefail
N=${1:-1}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CORPUS=${CORPUS:-$ROOT/../shared/data/bbc-news/bbc}
NATS=${NATS:-nats://127.0.0.1:4222}
PG=${PG:-postgres://postgres@127.0.0.1:5432/test?sslmode=disable}
WORK=$(mktemp -d)
DB=ctbench_$$
STREAM=CTBENCH_$$
BIN=${BIN:-$WORK/claimtrack}
cleanup() {
  for p in $(jobs -p); do kill "$p" 2>/dev/null || true; done
  psql "$PG" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
[ -x "$BIN" ] || (cd "$ROOT" && go build -o "$BIN" ./cmd/claimtrack)
psql "$PG" -qc "CREATE DATABASE $DB" >/dev/null
DBURL=${PG/\/test\?/\/$DB?}
"$BIN" db stats --db "$DBURL" >/dev/null 2>&1 || true # migrate before the clock starts
# Extraction alone, the same texts in one process (its CPU does not depend
# on the store or on the number of workers).
/usr/bin/time -f '%U %S' -o "$WORK/extract.time" "$BIN" extract "$CORPUS" >/dev/null 2>"$WORK/extract.err" || true
XCPU=$(awk '{ print $1 + $2 }' "$WORK/extract.time" 2>/dev/null | tail -1)
"$BIN" enqueue --nats "$NATS" --stream "$STREAM" "$CORPUS" 2>"$WORK/enqueue.log"
SENT=$(grep -o '[0-9]* articles enqueued' "$WORK/enqueue.log" | cut -d' ' -f1)
STATS=$(psql "$PG" -Atc "SELECT count(*) FROM pg_extension WHERE extname='pg_stat_statements'" 2>/dev/null || echo 0)
if [ "$STATS" = 1 ]; then psql "$PG" -Atc "SELECT pg_stat_statements_reset(0, (SELECT oid FROM pg_database WHERE datname='$DB'), 0)" >/dev/null; fi
start=$(date +%s.%N)
WPIDS=()
for i in $(seq 1 "$N"); do
  "$BIN" worker --nats "$NATS" --stream "$STREAM" --db "$DBURL" 2>"$WORK/worker$i.log" &
  WPIDS+=($!)
done
# One psql session samples the workers' sessions every 0.1 s (one line per
# session that is in a transaction or running a statement).
printf '%s\n\\watch 0.1\n' "SELECT now(), 'tick' UNION ALL SELECT now(), CASE WHEN state = 'active' AND wait_event_type = 'Lock' THEN 'lock:' || wait_event WHEN state = 'active' THEN 'statement' ELSE state END FROM pg_stat_activity WHERE datname = '$DB' AND backend_type = 'client backend' AND state <> 'idle' AND pid <> pg_backend_pid();" |
  psql "$PG" -At -F ' ' >"$WORK/samples" 2>/dev/null &
SAMPLER=$!
# Done when the count has not changed for 10 s (repeated texts are
# de-duplicated, so fewer articles than were enqueued may be stored).
last=0 lastchange=$start
while :; do
  got=$(psql "$DBURL" -Atc "SELECT count(*) FROM articles" 2>/dev/null || echo 0)
  now=$(date +%s.%N)
  if [ "${got:-0}" != "$last" ]; then last=${got:-0}; lastchange=$now; fi
  if [ "$last" -gt 0 ] && awk -v a="$now" -v b="$lastchange" 'BEGIN { exit !(a - b > 10) }'; then break; fi
  sleep 0.5
done
kill "$SAMPLER" 2>/dev/null || true
# CPU seconds (user + system) of the workers and of the database server's
# backends serving this database, while both still run.
ticks() { for p in "$@"; do awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$p/stat" 2>/dev/null; done | awk '{ t += $1 } END { print t + 0 }'; }
BPIDS=$(psql "$PG" -Atc "SELECT pid FROM pg_stat_activity WHERE datname='$DB'" 2>/dev/null || true)
TICK=$(getconf CLK_TCK)
wcpu=$(ticks "${WPIDS[@]}"); dbcpu=$(ticks $BPIDS)
awk -v n="$N" -v a="$last" -v sent="$SENT" -v s="$start" -v e="$lastchange" -v w="$wcpu" -v d="$dbcpu" -v tick="$TICK" -v x="${XCPU:-0}" -v la="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
  printf "%d worker(s): %d articles stored (%d enqueued) in %.1f s = %.1f articles/s; load average %s\n", n, a, sent, e - s, a / (e - s), la
  printf "  CPU per article: workers %.2f ms (extraction %.2f ms, the rest %.2f ms), database %.2f ms; %.0f articles per CPU-second (workers + database)\n",
    1000 * w / tick / a, 1000 * x / sent, 1000 * w / tick / a - 1000 * x / sent, 1000 * d / tick / a, a / ((w + d) / tick)
}'
# Sampled session states, as shares of N workers x the run's wall time.
awk -v n="$N" -v s="$start" -v e="$lastchange" '
  NF >= 3 { t = $1 " " $2; st = $0; sub(/^[^ ]+ [^ ]+ /, "", st); if (st == "tick") { ticks++; next } c[st]++ }
  END {
    if (ticks == 0) exit
    tot = 0; for (k in c) tot += c[k]
    printf "  workers'"'"' sessions (%d samples, share of %d worker x wall): ", ticks, n
    for (k in c) printf "%s %.0f%%, ", (k == "idle in transaction" ? "client in tx" : k), 100 * c[k] / (ticks * n)
    printf "outside a transaction %.0f%%\n", 100 * (1 - tot / (ticks * n))
  }' "$WORK/samples"
if [ "$STATS" = 1 ]; then
  psql "$PG" -At -F ' | ' -c "SELECT round(((total_exec_time + total_plan_time) / $last)::numeric, 3) || ' ms/article', calls, left(regexp_replace(query, '\s+', ' ', 'g'), 100)
    FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname='$DB') ORDER BY total_exec_time + total_plan_time DESC LIMIT 12" | sed 's/^/    /'
fi
