#!/usr/bin/env bash
# Loading benchmark: newsgraph load into a live Oxigraph server next to oxigraph's own bulk loader,
# 1M triples from ../shared/bench/gen_graph.py. Release build; the test venv has the oxigraph CLI.
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED=${SHARED:-../shared}
VENV=${VENV:-.build-venv}
[ -x "$VENV/bin/oxigraph" ] || Tests/Interop/setup.sh "$VENV" >/dev/null
swift build -c release --product newsgraph >/dev/null
exec "$VENV/bin/python" Tests/Benchmarks/bench_load.py --newsgraph .build/release/newsgraph \
  --oxigraph "$VENV/bin/oxigraph" --gen-graph "$SHARED/bench/gen_graph.py" "$@"
