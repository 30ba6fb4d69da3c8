#!/usr/bin/env bash
# Distributed ingest throughput: enqueue a corpus on a fresh JetStream stream,
# drain it with N `claimtrack worker` processes into a fresh PostgreSQL
# database, and print articles/s. Needs NATS at $NATS and PostgreSQL at $PG
# (a role that may CREATE DATABASE).
#
#   bench/workers.sh 1 && bench/workers.sh 2
set -euo pipefail
N=${1:-1}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CORPUS=${CORPUS:-$ROOT/../shared/data/bbc-news/bbc}
NATS=${NATS:-nats://127.0.0.1:4222}
PG=${PG:-postgres://postgres@127.0.0.1:5432/test?sslmode=disable}
WORK=$(mktemp -d)
DB=ctbench_$$
STREAM=CTBENCH_$$
BIN=$WORK/claimtrack
cleanup() {
  for p in $(jobs -p); do kill "$p" 2>/dev/null || true; done
  psql "$PG" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
(cd "$ROOT" && go build -o "$BIN" ./cmd/claimtrack)
psql "$PG" -qc "CREATE DATABASE $DB" >/dev/null
DBURL=${PG/\/test\?/\/$DB?}
"$BIN" db stats --db "$DBURL" >/dev/null 2>&1 || true # migrate before the clock starts
"$BIN" enqueue --nats "$NATS" --stream "$STREAM" "$CORPUS" 2>"$WORK/enqueue.log"
SENT=$(grep -o '[0-9]* articles enqueued' "$WORK/enqueue.log" | cut -d' ' -f1)
start=$(date +%s.%N)
WPIDS=()
for i in $(seq 1 "$N"); do
  "$BIN" worker --nats "$NATS" --stream "$STREAM" --db "$DBURL" 2>"$WORK/worker$i.log" &
  WPIDS+=($!)
done
# Done when the count has not changed for 10 s (repeated texts are
# de-duplicated, so fewer articles than were enqueued may be stored).
last=0 lastchange=$start
while :; do
  got=$("$BIN" db stats --db "$DBURL" 2>/dev/null | awk '$1 == "articles" { print $2 }')
  now=$(date +%s.%N)
  if [ "${got:-0}" != "$last" ]; then last=${got:-0}; lastchange=$now; fi
  if [ "$last" -gt 0 ] && awk -v a="$now" -v b="$lastchange" 'BEGIN { exit !(a - b > 10) }'; then break; fi
  sleep 0.5
done
# CPU seconds (user + system) of the workers and of the database server's
# backends serving this database, while both still run.
ticks() { for p in "$@"; do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null; done | awk '{ t += $1 } END { print t + 0 }'; }
BPIDS=$(psql "$PG" -Atc "SELECT pid FROM pg_stat_activity WHERE datname='$DB'" 2>/dev/null || true)
TICK=$(getconf CLK_TCK)
wcpu=$(ticks "${WPIDS[@]}"); dbcpu=$(ticks $BPIDS)
awk -v n="$N" -v a="$last" -v sent="$SENT" -v s="$start" -v e="$lastchange" -v w="$wcpu" -v d="$dbcpu" -v tick="$TICK" -v la="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
  printf "%d worker(s): %d articles stored (%d enqueued) in %.1f s = %.1f articles/s; CPU per article: workers %.1f ms, database %.1f ms; %.0f articles per CPU-second (client + server); load average %s\n",
    n, a, sent, e - s, a / (e - s), 1000 * w / tick / a, 1000 * d / tick / a, a / ((w + d) / tick), la }'
