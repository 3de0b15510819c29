#!/usr/bin/env bash
# Rendering benchmark: graphs of 100, 1,000 and 5,000 relation edges (Tests/Benchmarks/gen_rdf_edges.py,
# seeded) drawn by `newsgraph render` with default options, next to graphviz's own `dot` and
# `sfdp` on the same graph's full DOT (timed out at 60 s). Release build; prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product newsgraph >/dev/null
BIN=.build/release/newsgraph
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
seconds() {
  local start end
  start=$(date +%s%N); "$@" >/dev/null 2>&1 || return 1; end=$(date +%s%N)
  printf '%d.%02d' $(((end - start) / 1000000000)) $((((end - start) / 10000000) % 100))
}
echo "| edges | newsgraph render (defaults) | drawn | graphviz dot, all edges | graphviz sfdp, all edges |"
echo "|---:|---:|---|---:|---:|"
for n in 100 1000 5000; do
  python3 Tests/Benchmarks/gen_rdf_edges.py --edges "$n" --seed 42 > "$WORK/g$n.ttl"
  ours=$(seconds "$BIN" render "$WORK/g$n.ttl" -o "$WORK/g$n.svg")
  drawn=$(grep -c 'class="edge"' "$WORK/g$n.svg")
  "$BIN" render "$WORK/g$n.ttl" -o "$WORK/all$n.dot" --max-edges 0 --layout dot
  dot_time=$(seconds timeout 60 dot -Tsvg "$WORK/all$n.dot" -o "$WORK/dot$n.svg" || echo "> 60")
  "$BIN" render "$WORK/g$n.ttl" -o "$WORK/sfdp$n.dot" --max-edges 0 --layout sfdp
  sfdp_time=$(seconds timeout 60 sfdp -Tsvg "$WORK/sfdp$n.dot" -o "$WORK/sfdp$n.svg" || echo "> 60")
  echo "| $n | ${ours} s | $drawn edges | ${dot_time} s | ${sfdp_time} s |"
done
