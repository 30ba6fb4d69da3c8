#!/usr/bin/env bash
# readme-check.sh: from a fresh clone of this repository, run the README's
# commands as written and check the command line's promises:
#   - "Get a claimtrack binary" and "Two commands on a fresh machine" (go test
#     ./... only with READMECHECK_TESTS=1: it takes minutes);
#   - the five-minute tour, on a folder made of the shipped samples, a text
#     PDF and an image (so it needs no network);
#   - every command's --help exits 0 and lists only its own flags;
#   - flags after paths work for every command that takes paths.
# Usage: scripts/readme-check.sh [REPO]   (default: the repository it is in)
set -eu  # no pipefail: "cmd | grep -q" may close the pipe early on purpose
repo=${1:-$(cd "$(dirname "$0")/.." && pwd)}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
fail() { echo "readme-check: FAIL: $*" >&2; exit 1; }
step() { echo "readme-check: $*" >&2; }

git clone -q "$repo" "$work/clone"
cd "$work/clone"
readme=README.md

# Each command below must appear in the README exactly as run here.
run_readme() {
  grep -qF -- "$1" "$readme" || fail "README no longer has: $1"
  step "\$ $1"
  eval "$1"
}

export GOBIN="$work/bin" PATH="$work/bin:$PATH"
run_readme 'go install ./cmd/claimtrack        # puts claimtrack in $(go env GOPATH)/bin (usually ~/go/bin)'
command -v claimtrack >/dev/null || fail "go install gave no claimtrack"
run_readme 'claimtrack --version'
out=$(run_readme 'go run ./cmd/claimtrack ingest --db /tmp/claimtrack-demo.db testdata/samples && go run ./cmd/claimtrack disputes --db /tmp/claimtrack-demo.db')
grep -q "DISPUTED\|DISCREPANCY\|CLAIM" <<<"$out" || fail "the first README command printed no dispute: $out"
if [ "${READMECHECK_TESTS:-}" = 1 ]; then
  run_readme 'go test ./...'
fi

# The tour, on ~/articles made of what the repository ships.
export HOME="$work/home"
mkdir -p "$HOME/articles"
cp testdata/samples/* internal/cli/testdata/mixed/* "$HOME/articles/"
cd "$HOME"
err=$(claimtrack ingest ~/articles --db mine.db 2>&1) || fail "ingest: $err"
grep -q "skipped .*photo.png: an image" <<<"$err" || fail "ingest did not report the image: $err"
grep -q "6 new" <<<"$err" || fail "ingest did not store the 6 articles: $err"
claimtrack disputes --db mine.db | grep -q "DISPUTED\|DISCREPANCY\|CLAIM" || fail "no dispute in the samples"
claimtrack claims --db mine.db --stance denies --limit 2 | grep -q "denies: “" || fail "no denial"
typo=$(claimtrack timeline "trops veldmark" --db mine.db 2>&1 || true)
grep -q 'did you mean "troops · Veldmark"' <<<"$typo" || fail "no did-you-mean for a subject: $typo"
claimtrack export --db mine.db --format csv > ledger.csv
head -1 ledger.csv | grep -q "^record,id,article" || fail "CSV export header"
port=$((20000 + RANDOM % 20000))
claimtrack serve --db mine.db --addr "127.0.0.1:$port" 2>serve.log &
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$port/subjects.csv" | head -1 | grep -q "^key,label" || fail "/subjects.csv"
curl -sf -H 'Accept: application/json' "http://127.0.0.1:$port/search?stance=denies" | grep -q '"claims"' || fail "/search as JSON"
kill %1
if claimtrack serve --db typo.db 2>/dev/null; then fail "serve started on a missing database"; fi
[ ! -e typo.db ] || fail "serve created typo.db"

# --help of every command: exit 0, usage line, its own flags only.
cmds=$(claimtrack --help | sed -n '/^commands:/,/^$/p' | sed -n 's/^  \([a-z]*\( [a-z]*\)\?\)  .*/\1/p' | sed 's/ *$//')
[ -n "$cmds" ] || fail "no commands listed by claimtrack --help"
while read -r c; do
  # shellcheck disable=SC2086
  h=$(claimtrack $c --help) || fail "claimtrack $c --help exited $?"
  head -1 <<<"$h" | grep -q "^usage: claimtrack $c " || fail "claimtrack $c --help: no usage line"
  grep -q "^example:" <<<"$h" || fail "claimtrack $c --help: no example"
done <<<"$cmds"
claimtrack db stats --help | grep -q -- "--articles" && fail "db stats --help lists gen's flags"

# Flags after paths, for each command that takes paths or words.
claimtrack extract ~/articles/budget.txt --format text | grep -q "^== Council approves budget" || fail "extract PATH --format"
claimtrack ingest ~/articles/budget.txt --db after.db --quiet && [ -e after.db ] || fail "ingest PATH --db"
claimtrack timeline "troops veldmark" --db mine.db --format json | grep -q '"subject"' || fail "timeline SUBJECT --format json"
claimtrack claims withdraw --db mine.db --format json | grep -q '"claims"' || fail "claims QUERY --format json"
claimtrack check "peacekeepers will leave the valley" --db mine.db --format json | grep -q '"claim"' || fail "check CLAIM --format json"
echo "readme-check: ok" >&2
