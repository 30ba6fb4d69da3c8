#!/usr/bin/env bash
# Side-by-side throughput of claimtrack extract and peer NLP tools on the same
# input, each pinned to one core. Peers are installed on the spot into a
# temporary directory (npm registry and Go module proxy only).
#
#   bench/run.sh                 # BBC corpus (3 runs each) and the corpus repeated to 50 MB (1 run each)
#   RUNS=5 RUNS_BIG=3 bench/run.sh
#   PEERS="claimtrack prose" bench/run.sh
#
# Prints words per CPU-second (user+sys time of the pinned process: a
# per-core rate that other load on the machine does not distort;
# min/median/max over the runs), wall-clock words/s, and peak RSS for each
# tool, and claimtrack's ratio to each peer. Peers do less than claimtrack
# (entities and numbers, no attribution, figures or stance): the ratio is of
# throughput, not of equal work.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BBC=${BBC:-$ROOT/../shared/data/bbc-news/bbc}
RUNS=${RUNS:-3}
RUNS_BIG=${RUNS_BIG:-1}
BIG_MB=${BIG_MB:-50}
PEERS=${PEERS:-"claimtrack compromise wink prose"}
CORE=${CORE:-0}
# A tool whose first run takes longer than RUN_BUDGET seconds is not run
# again on that input, and the big input is skipped (and said so) for a tool
# whose measured rate predicts more than BIG_BUDGET seconds.
RUN_BUDGET=${RUN_BUDGET:-120}
BIG_BUDGET=${BIG_BUDGET:-300}
OUT=${OUT:-$ROOT/bench/out}

die() { echo "bench: $*" >&2; exit 1; }
[ -d "$BBC" ] || die "BBC corpus not found at $BBC (set BBC=DIR)"
command -v node >/dev/null || die "node is needed for the npm peers"
[ -x /usr/bin/time ] || die "/usr/bin/time is needed to measure peak RSS (apt-get install time)"
mkdir -p "$OUT"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "== building claimtrack and the corpora in $WORK"
(cd "$ROOT" && go build -o "$WORK/claimtrack" ./cmd/claimtrack)
WORDS_SMALL=$(cd "$ROOT" && go run ./bench/corpus -in "$BBC" -out "$WORK/bbc.jsonl")
WORDS_BIG=$(cd "$ROOT" && go run ./bench/corpus -in "$BBC" -out "$WORK/big.jsonl" -min-mb "$BIG_MB")
echo "   bbc.jsonl: $(du -m "$WORK/bbc.jsonl" | cut -f1) MB, $WORDS_SMALL words; big.jsonl: $(du -m "$WORK/big.jsonl" | cut -f1) MB, $WORDS_BIG words"

need_npm=0
for p in $PEERS; do case $p in compromise|wink) need_npm=1;; esac; done
if [ $need_npm = 1 ]; then
  echo "== installing npm peers"
  (cd "$WORK" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error \
     compromise@14.17.0 compromise-dates@3.9.0 wink-nlp@2.4.0 wink-eng-lite-web-model@1.8.1 >/dev/null) \
     || die "npm install of compromise/wink-nlp failed: is the npm registry reachable?"
  cp "$ROOT/bench/peers/compromise.js" "$ROOT/bench/peers/wink.js" "$WORK/"
fi
for p in $PEERS; do
  if [ "$p" = prose ]; then
    echo "== building prose v2 peer"
    mkdir -p "$WORK/prose"
    cp "$ROOT/bench/peers/prose/main.go.txt" "$WORK/prose/main.go"
    (cd "$WORK/prose" && go mod init proseb >/dev/null 2>&1 && go get github.com/jdkato/prose/v2@v2.0.0 >/dev/null 2>&1 \
       && go build -o "$WORK/prose-bench" .) || die "building the prose peer failed: is the Go module proxy reachable?"
  fi
done

cmd_for() { # tool input
  case $1 in
    claimtrack) echo "$WORK/claimtrack extract $2" ;;
    compromise) echo "node $WORK/compromise.js $2" ;;
    wink)       echo "node $WORK/wink.js $2" ;;
    prose)      echo "$WORK/prose-bench $2" ;;
    *) die "unknown peer $1" ;;
  esac
}

RESULTS="$OUT/results.tsv"
printf "input\ttool\twords_per_cpu_s_min\twords_per_cpu_s_median\twords_per_cpu_s_max\twall_words_per_s_median\tpeak_rss_mb\n" > "$RESULTS"
measure() { # label input words runs
  local label=$1 input=$2 words=$3 runs=$4
  for tool in $PEERS; do
    local rates=() walls=() rss=0
    local prev
    prev=$(awk -F'\t' -v t="$tool" '$1 == "bbc" && $2 == t { print $4 }' "$RESULTS")
    if [ "$label" != bbc ] && [ -n "$prev" ] && [ "$(awk -v w="$words" -v r="$prev" -v b="$BIG_BUDGET" 'BEGIN { print (w / r > b) }')" = 1 ]; then
      echo "   $label $tool: skipped, its bbc rate predicts $(awk -v w="$words" -v r="$prev" 'BEGIN { printf "%.0f", w / r }') s > BIG_BUDGET=$BIG_BUDGET s"
      continue
    fi
    for ((i = 0; i < runs; i++)); do
      # shellcheck disable=SC2046
      /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" taskset -c "$CORE" $(cmd_for "$tool" "$input") >/dev/null 2>"$WORK/err" \
        || { cat "$WORK/err" >&2; die "$tool failed on $label"; }
      read -r secs user sys kb < "$WORK/time"
      rates+=("$(awk -v w="$words" -v u="$user" -v s="$sys" 'BEGIN { c = u + s; if (c < 0.01) c = 0.01; printf "%.0f", w / c }')")
      walls+=("$(awk -v w="$words" -v s="$secs" 'BEGIN { if (s < 0.01) s = 0.01; printf "%.0f", w / s }')")
      [ "$kb" -gt "$rss" ] && rss=$kb
      if awk -v s="$secs" -v b="$RUN_BUDGET" 'BEGIN { exit !(s > b) }'; then
        echo "   $label $tool: one run took ${secs} s > RUN_BUDGET=$RUN_BUDGET s; not repeated"
        break
      fi
    done
    IFS=$'\n' sorted=($(printf "%s\n" "${rates[@]}" | sort -n)); unset IFS
    IFS=$'\n' wsorted=($(printf "%s\n" "${walls[@]}" | sort -n)); unset IFS
    local n=${#sorted[@]}
    printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\n" "$label" "$tool" "${sorted[0]}" "${sorted[$((n / 2))]}" "${sorted[$((n - 1))]}" "${wsorted[$((n / 2))]}" \
      "$(awk -v k="$rss" 'BEGIN { printf "%.0f", k / 1024 }')" >> "$RESULTS"
    echo "   $label $tool: median $(printf "%s" "${sorted[$((n / 2))]}") words per CPU-second, peak RSS $((rss / 1024)) MB"
  done
}
echo "== measuring on core $CORE (runs: $RUNS small, $RUNS_BIG big)"
measure bbc "$WORK/bbc.jsonl" "$WORDS_SMALL" "$RUNS"
measure big "$WORK/big.jsonl" "$WORDS_BIG" "$RUNS_BIG"

echo
echo "== results (words per CPU-second = per core; peers do less work than claimtrack: entities and numbers only)"
column -t -s $'\t' "$RESULTS"
echo
awk -F'\t' 'NR > 1 { m[$1 FS $2] = $4; inputs[$1] = 1; tools[$2] = 1 }
  END { for (i in inputs) for (t in tools) if (t != "claimtrack" && m[i FS t] > 0 && m[i FS "claimtrack"] > 0)
          printf "   %s: claimtrack / %s = %.1fx\n", i, t, m[i FS "claimtrack"] / m[i FS t] }' "$RESULTS" | sort
echo "(raw figures in $RESULTS)"
