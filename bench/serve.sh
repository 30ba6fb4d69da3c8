#!/usr/bin/env bash
# Load test of `claimtrack serve`: CLIENTS concurrent clients for DURATION on
# each endpoint in turn (home, disputes, subjects, a subject's timeline and
# search, HTML and JSON), against a generated ledger of ARTICLES articles.
# Prints requests/s, p50, p99, errors (non-2xx or failed requests), the
# server's CPU time per request and the load average per endpoint. The load
# generator is `wrk` from Debian (apt-get install wrk).
#
#   bench/serve.sh                         # 100,000 generated articles (built once, kept in $OUT)
#   ARTICLES=5000 DURATION=5s bench/serve.sh
#   DB=/path/ledger.db bench/serve.sh      # an existing SQLite ledger
#   BIN=/path/claimtrack bench/serve.sh    # a given binary (e.g. another branch's) instead of building
#   ENCODING= bench/serve.sh               # no Accept-Encoding (uncompressed answers)
#
# Requests carry Accept-Encoding: gzip (ENCODING), as browsers and HTTP
# libraries send it; KB/resp is what goes over the wire.
#
# Target (issue 13): p99 < 100 ms and zero errors on every row.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ARTICLES=${ARTICLES:-100000}
CLIENTS=${CLIENTS:-50}
DURATION=${DURATION:-20s}
PORT=${PORT:-18080}
OUT=${OUT:-$ROOT/bench/out}
DB=${DB:-$OUT/serve-$ARTICLES.db}

die() { echo "serve bench: $*" >&2; exit 1; }
command -v wrk >/dev/null || die "wrk is needed (apt-get install wrk)"
command -v python3 >/dev/null || die "python3 is needed to read the subjects list"
mkdir -p "$OUT"
WORK=$(mktemp -d)
SERVER=
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

if [ -n "${BIN:-}" ]; then
  cp "$BIN" "$WORK/claimtrack"
else
  echo "== building claimtrack"
  (cd "$ROOT" && go build -o "$WORK/claimtrack" ./cmd/claimtrack)
fi
if [ ! -s "$DB" ]; then
  echo "== generating $ARTICLES articles into $DB (once; delete it to rebuild)"
  "$WORK/claimtrack" db gen --db "$DB" --articles "$ARTICLES" >/dev/null
fi

BASE="http://127.0.0.1:$PORT"
"$WORK/claimtrack" serve --addr "127.0.0.1:$PORT" --db "$DB" 2>"$WORK/serve.log" &
SERVER=$!
for _ in $(seq 1 100); do
  curl -fsS "$BASE/healthz" >/dev/null 2>&1 && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/serve.log" >&2; die "server exited"; }
  sleep 0.2
done
curl -fsS "$BASE/healthz" >/dev/null || die "server not ready on $BASE"

# The busiest subject (the first of the list) is the timeline to load.
SUBJECT=$(curl -fsS "$BASE/api/v1/subjects?limit=1" | python3 -c '
import json, sys, urllib.parse
d = json.load(sys.stdin)
items = d.get("subjects") or d.get("items") or d.get("data") or (d if isinstance(d, list) else [])
s = items[0] if items else {}
key = s.get("key") or s.get("subject") or s.get("name") or "" if isinstance(s, dict) else str(s)
print(urllib.parse.quote(key, safe=""))')
[ -n "$SUBJECT" ] || die "no subject in the ledger"
QUERY=${QUERY:-killed}
ENCODING=${ENCODING-gzip}
HDR=()
[ -n "$ENCODING" ] && HDR=(-H "Accept-Encoding: $ENCODING")

ENDPOINTS=(
  "home|/"
  "disputes json|/api/v1/disputes"
  "subjects html|/subjects"
  "subjects json|/api/v1/subjects"
  "timeline html|/subjects/$SUBJECT"
  "timeline json|/api/v1/subjects/$SUBJECT/timeline"
  "search html|/search?q=$QUERY"
  "search json|/api/v1/claims?q=$QUERY"
)

# Server CPU (user + system, clock ticks) from /proc.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
TICK=$(getconf CLK_TCK)
# wrk reports latency percentiles with --latency; a Lua summary gives p50,
# p99 and the non-2xx count.
cat > "$WORK/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local errs = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status
  io.write(string.format("RESULT %d %.3f %.3f %d %.3f\n", summary.requests, latency:percentile(50) / 1000, latency:percentile(99) / 1000, errs, summary.duration / 1e6))
end
LUA

printf "\n%-14s %8s %9s %8s %8s %6s %9s %8s  %s\n" endpoint "cold ms" "req/s" "p50 ms" "p99 ms" errors "CPU ms/req" "KB/resp" "load average"
for e in "${ENDPOINTS[@]}"; do
  name=${e%%|*}; path=${e#*|}
  # One request first, as wrk sends it (no Accept header): the first
  # request after a write computes the page, the rest are served from the
  # cache until the next write. Its time is printed as "cold ms".
  read -r bytes cold < <(curl -s -H 'Accept:' "${HDR[@]}" -o /dev/null -w '%{size_download} %{time_total}\n' "$BASE$path")
  c0=$(cpu_ticks)
  wrk -c "$CLIENTS" -t 2 -d "$DURATION" --timeout 20s "${HDR[@]}" -s "$WORK/report.lua" "$BASE$path" > "$WORK/wrk.txt" 2>&1 || true
  c1=$(cpu_ticks)
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  awk -v name="$name" -v c="$((c1 - c0))" -v tick="$TICK" -v bytes="$bytes" -v la="$load" -v cold="$cold" '
    /^RESULT/ { n = $2; p50 = $3; p99 = $4; err = $5; sec = $6 }
    END { if (n == 0) { printf "%-14s no requests completed\n", name; exit }
          printf "%-14s %8.0f %9.1f %8.1f %8.1f %6d %9.2f %8.1f  %s\n", name, 1000 * cold, n / sec, p50, p99, err, 1000 * c / tick / n, bytes / 1024, la }' "$WORK/wrk.txt"
done
echo "(${CLIENTS} clients, ${DURATION} each; Accept-Encoding: ${ENCODING:-none}; ledger $DB; $(nproc) cores)"
