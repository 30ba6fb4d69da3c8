#!/usr/bin/env bash
# Load test of `claimtrack serve`: CLIENTS concurrent clients for DURATION on
# each endpoint in turn (home, disputes, subjects, a subject's timeline and
# search, HTML and JSON), against a generated ledger of ARTICLES articles.
# Prints requests/s, p50, p99 and errors (non-2xx or failed requests) per
# endpoint. The load generator is `hey` from Debian (apt-get install hey).
#
#   bench/serve.sh                         # 100,000 generated articles (built once, kept in $OUT)
#   ARTICLES=5000 DURATION=5s bench/serve.sh
#   DB=/path/ledger.db bench/serve.sh      # an existing SQLite ledger
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
command -v hey >/dev/null || die "hey is needed (apt-get install hey)"
command -v python3 >/dev/null || die "python3 is needed to read the subjects list"
mkdir -p "$OUT"
WORK=$(mktemp -d)
SERVER=
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

echo "== building claimtrack"
(cd "$ROOT" && go build -o "$WORK/claimtrack" ./cmd/claimtrack)
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

printf "\n%-16s %10s %9s %9s %7s  %s\n" endpoint "req/s" "p50 ms" "p99 ms" errors path
for e in "${ENDPOINTS[@]}"; do
  name=${e%%|*}; path=${e#*|}
  hey -c "$CLIENTS" -z "$DURATION" -t 20 "$BASE$path" > "$WORK/hey.txt" 2>&1 || true
  awk -v name="$name" -v path="$path" '
    /Requests\/sec:/ { rps = $2 }
    /^ *50% in/ { p50 = $3 * 1000 }
    /^ *99% in/ { p99 = $3 * 1000 }
    /^Status code distribution:/ { sec = "status"; next }
    /^Error distribution:/ { sec = "error"; next }
    sec == "status" && /^ *\[[0-9]+\]/ { code = substr($1, 2, 3) + 0; if (code < 200 || code > 299) err += $2 }
    sec == "error" && /^ *\[[0-9]+\]/ { err += substr($1, 2) + 0 }
    # hey prints no 99th percentile for fewer than 100 requests: n/a.
    function ms(v) { return v == "" ? "n/a" : sprintf("%.1f", v) }
    END { printf "%-16s %10.1f %9s %9s %7d  %s\n", name, rps, ms(p50), ms(p99), err, path }' "$WORK/hey.txt"
done
echo "(${CLIENTS} clients, ${DURATION} each; ledger $DB)"
