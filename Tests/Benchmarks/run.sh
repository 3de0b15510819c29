#!/usr/bin/env bash
# Side-by-side benchmark: newsgraph (release) against serdi, rapper, rdflib, pyoxigraph and the
# oxigraph CLI on the same 1M-triple graph, through ../shared/bench/bench_peers.py (3 rounds, medians).
# Usage: Tests/Benchmarks/run.sh [TRIPLES] [extra bench_peers.py args]   (peers: Tests/Interop/setup.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED=${SHARED:-../shared}
VENV=${VENV:-.build-venv}
TRIPLES=${1:-1000000}
shift || true
DATA=.build/bench
mkdir -p "$DATA"
[ -x .build/release/newsgraph ] || swift build -c release --static-swift-stdlib --product newsgraph
[ -x "$VENV/bin/python" ] || Tests/Interop/setup.sh "$VENV"
G="$DATA/g$TRIPLES"
[ -f "$G.nt" ] || python3 "$SHARED/bench/gen_graph.py" --triples "$TRIPLES" --seed 42 --out "$G"
[ -f "$G.rdf" ] || rapper -q -i ntriples -o rdfxml "$G.nt" > "$G.rdf"
export PATH="$PATH:$PWD/$VENV/bin"
NEWSGRAPH="$PWD/.build/release/newsgraph" "$VENV/bin/python" "$SHARED/bench/bench_peers.py" \
  --nt "$G.nt" --ttl "$G.ttl" --rdf "$G.rdf" --rounds 3 --json "$DATA/results.json" "$@"
