#!/bin/sh
# ab.sh compares two builds of bench/ingestsize on the same pre-filled
# SQLite stores, running both AT THE SAME TIME in each round, so that both
# see the same load: on this shared machine the CPU time of one build moves
# by ±20% between consecutive runs, while the two runs of a pair stay
# within a few percent of each other. It prints every run and, per size,
# the median over the rounds of B's rate divided by A's.
#
#	go build -o /tmp/is-main ./bench/ingestsize   # on main
#	go build -o /tmp/is-new ./bench/ingestsize    # on the branch
#	bench/ingestsize/ab.sh 3 0,100000 /tmp/is-main /tmp/is-new /tmp/pre
#
# PREFILL_DIR holds prefill-N.db (made by ingestsize -dir PREFILL_DIR -runs 0);
# each build gets a directory of hard links to them (PREFILL_DIR/ab-a,
# PREFILL_DIR/ab-b) for its work copies. A build with new migrations runs
# them at open, before the measurement.
set -eu
if [ $# -lt 5 ]; then
	echo "usage: $0 ROUNDS SIZES BIN_A BIN_B PREFILL_DIR" >&2
	exit 2
fi
rounds=$1 sizes=$2 bina=$3 binb=$4 pre=$5
for x in a b; do
	mkdir -p "$pre/ab-$x"
	for f in "$pre"/prefill-*.db; do
		ln -f "$f" "$pre/ab-$x/"
	done
done
out=$(mktemp)
i=1
while [ "$i" -le "$rounds" ]; do
	nice "$bina" -detail -dir "$pre/ab-a" -sizes "$sizes" 2>&1 | grep '^sqlite' | sed "s/^/A $i /" >"$out.a" &
	nice "$binb" -detail -dir "$pre/ab-b" -sizes "$sizes" 2>&1 | grep '^sqlite' | sed "s/^/B $i /" >"$out.b" &
	wait
	cat "$out.a" "$out.b" | tee -a "$out"
	i=$((i + 1))
done
# Per size (stored articles), the median of B/A over the rounds.
awk '{ k = $2 " " $4; r[$1 " " k] = $5; sz[$4] = 1; rd[$2] = 1 }
END {
	for (s in sz) {
		n = 0
		for (i in rd) if (("A " i " " s) in r && ("B " i " " s) in r) q[++n] = r["B " i " " s] / r["A " i " " s]
		for (x = 1; x <= n; x++) for (y = x + 1; y <= n; y++) if (q[y] < q[x]) { t = q[x]; q[x] = q[y]; q[y] = t }
		m = (n % 2) ? q[(n + 1) / 2] : (q[n / 2] + q[n / 2 + 1]) / 2
		if (n > 0) printf "stored %s: B/A median %.3f over %d pairs\n", s, m, n
	}
}' "$out"
rm -f "$out" "$out.a" "$out.b"
