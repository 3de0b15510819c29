#!/usr/bin/env bash
# Corpus build benchmark: 1,000 UD English EWT documents as plain-text articles
# (Tests/Benchmarks/gen_ewt_articles.py), built with --jobs 1, then --jobs 2 into a fresh folder,
# then again with nothing changed. Release build, default formats; prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED=${SHARED:-../shared}
EWT=$SHARED/data/ud-english-ewt
swift build -c release --product newsgraph >/dev/null
BIN=.build/release/newsgraph
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 Tests/Benchmarks/gen_ewt_articles.py --out "$WORK/articles" --count 1000 \
  "$EWT/en_ewt-ud-train.conllu" "$EWT/en_ewt-ud-dev.conllu" "$EWT/en_ewt-ud-test.conllu" >/dev/null
seconds() {
  local start end
  start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N)
  printf '%.2f' "$(echo "scale=3; ($end - $start) / 1000000000" | bc)"
}
one=$(seconds "$BIN" build "$WORK/articles" -o "$WORK/one" --jobs 1 -q)
two=$(seconds "$BIN" build "$WORK/articles" -o "$WORK/two" --jobs 2 -q)
again=$(seconds "$BIN" build "$WORK/articles" -o "$WORK/two" --jobs 2 -q)
same=$(diff -rq -x .newsgraph-cache.tsv "$WORK/one" "$WORK/two" >/dev/null && echo yes || echo NO)
echo "| 1,000 EWT articles | time | articles/s | vs --jobs 1 |"
echo "|---|---:|---:|---:|"
echo "| --jobs 1 | ${one} s | $(echo "scale=1; 1000 / $one" | bc) | 1.00× |"
echo "| --jobs 2 | ${two} s | $(echo "scale=1; 1000 / $two" | bc) | $(echo "scale=2; $one / $two" | bc)× (same bytes: $same) |"
echo "| re-run, nothing changed | ${again} s | | $(printf '%.1f' "$(echo "scale=3; 100 * $again / $one" | bc)")% of --jobs 1 |"
