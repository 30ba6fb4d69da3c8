#!/usr/bin/env bash
# Runs every `claimtrack eval` task on the public data sets in ../shared/data
# (train and dev splits only; the official test splits are held out) and
# prints one line of headline metrics per task. The numbers in
# docs/EVALUATION.md come from this script.
#
#   bench/eval.sh            # all tasks
#   OUT=/tmp/eval bench/eval.sh   # also keep each task's full JSON report
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DATA=${DATA:-$ROOT/../shared/data}
OUT=${OUT:-$(mktemp -d)}
[ -d "$DATA" ] || { echo "eval: data not found at $DATA (set DATA=DIR)" >&2; exit 1; }
mkdir -p "$OUT"
BIN="$OUT/claimtrack"
(cd "$ROOT" && go build -o "$BIN" ./cmd/claimtrack)

run() { # task dataset split keys...
  local task=$1 dir=$2 split=$3; shift 3
  local args=(eval "$task" --data "$DATA/$dir" --format json)
  [ -n "$split" ] && args+=(--split "$split")
  [ "$task" = figures ] && args+=(--gold "$ROOT/testdata/gold/t17")
  "$BIN" "${args[@]}" > "$OUT/$task-${split:-all}.json" || { echo "eval: $task failed" >&2; return 1; }
  python3 - "$OUT/$task-${split:-all}.json" "$task" "${split:-all}" "$@" <<'PY'
import json, sys
path, task, split, keys = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
r = json.load(open(path))
def get(k):
    v = r
    for p in k.split("."):
        v = v.get(p) if isinstance(v, dict) else None
    return v
parts = []
for k in keys:
    v = get(k)
    parts.append(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}")
print(f"{task:12s} {split:6s} " + "  ".join(parts))
PY
}
run emergent    emergent         dev   accuracy macro_f1 f1.against
run emergent    emergent         train accuracy macro_f1
run fnc1        fnc1             dev   fnc_score macro_f1 f1.disagree
run polnear     polnear          dev   relation_f1 source_f1 cue_f1 content_f1 relation_f1_exact
run polnear     polnear          train relation_f1
run tempeval    tempeval3        train value_f1 strict_f1 relaxed_f1 value_accuracy
run tempeval    tempeval3        dev   value_f1 strict_f1 relaxed_f1 value_accuracy
run recognizers recognizers-text ""    pass_rate in_scope passed
run conll       gmb-kaggle-ner   dev   f1 precision recall
run figures     timeline17       dev   figures.f1 figures.precision figures.recall statements.f1 denials.f1
run figures     timeline17       check figures.f1 figures.precision figures.recall statements.f1 denials.f1
# HTML main text: the benchmark pages are not in ../shared; HTML_DATA=DIR
# points at the article-extraction-benchmark checkout (and HTML_DATA2 at
# trafilatura's tests/ directory) when they are at hand.
for d in "${HTML_DATA:-}" "${HTML_DATA2:-}"; do
  [ -n "$d" ] && [ -d "$d" ] || continue
  for s in dev test; do (DATA=$(dirname "$d"); run html "$(basename "$d")" "$s" shingle4.f1 shingle4.precision shingle4.recall snippets.f1 n); done
done
echo "(full reports in $OUT)"
