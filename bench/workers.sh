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
WANT=$(grep -o '[0-9]* articles enqueued' "$WORK/enqueue.log" | cut -d' ' -f1)
start=$(date +%s.%N)
for i in $(seq 1 "$N"); do
  "$BIN" worker --nats "$NATS" --stream "$STREAM" --db "$DBURL" 2>"$WORK/worker$i.log" &
done
while :; do
  got=$("$BIN" db stats --db "$DBURL" 2>/dev/null | awk '$1 == "articles" { print $2 }')
  [ "${got:-0}" -ge "$WANT" ] && break
  sleep 0.5
done
end=$(date +%s.%N)
awk -v n="$N" -v a="$WANT" -v s="$start" -v e="$end" 'BEGIN { printf "%d worker(s): %d articles in %.1f s = %.0f articles/s\n", n, a, e - s, a / (e - s) }'
