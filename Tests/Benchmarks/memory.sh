#!/usr/bin/env bash
# Peak memory of streaming conversions: every conversion of the 1M-triple graph, and a 1 GB
# N-Triples file (10M triples, same generator) to Turtle. The bar is 16 MB of peak RSS each.
# Usage: Tests/Benchmarks/memory.sh [LIMIT_KB]
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED=${SHARED:-../shared}
LIMIT=${1:-16384}
DATA=.build/bench
BIN=.build/release/newsgraph
mkdir -p "$DATA"
[ -x "$BIN" ] || swift build -c release --static-swift-stdlib --product newsgraph
[ -f "$DATA/g1000000.nt" ] || python3 "$SHARED/bench/gen_graph.py" --triples 1000000 --seed 42 --out "$DATA/g1000000"
[ -f "$DATA/g1000000.rdf" ] || rapper -q -i ntriples -o rdfxml "$DATA/g1000000.nt" > "$DATA/g1000000.rdf"
[ -f "$DATA/g10000000.nt" ] || python3 "$SHARED/bench/gen_graph.py" --triples 10000000 --seed 42 --out "$DATA/g10000000"
status=0
measure() { # input from to
  local kb
  kb=$( { /usr/bin/time -f "%M" "$BIN" convert --from "$2" --to "$3" "$1" > /dev/null; } 2>&1 | tail -n 1)
  printf "%-28s %-7s -> %-7s %8s KB %s\n" "$(basename "$1")" "$2" "$3" "$kb" "$([ "$kb" -le "$LIMIT" ] && echo ok || echo OVER)"
  [ "$kb" -le "$LIMIT" ] || status=1
}
for to in nt nq ttl trig rdfxml; do measure "$DATA/g1000000.nt" nt "$to"; done
for to in nt ttl rdfxml; do measure "$DATA/g1000000.ttl" ttl "$to"; done
for to in nt ttl; do measure "$DATA/g1000000.rdf" rdfxml "$to"; done
measure "$DATA/g10000000.nt" nt ttl
exit $status
