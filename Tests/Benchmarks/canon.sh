#!/usr/bin/env bash
# Canonicalization benchmark (RDFC-1.0): newsgraph canon on 1M triples without blank nodes next to
# its own parse and to pyoxigraph, and on 100,000-blank-node lists and trees. Release build; needs
# ../shared/bench/gen_graph.py and the test venv (Tests/Interop/setup.sh installs pyoxigraph).
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED=${SHARED:-../shared}
VENV=${VENV:-.build-venv}
[ -x "$VENV/bin/python" ] || Tests/Interop/setup.sh >/dev/null
swift build -c release --product newsgraph >/dev/null
exec "$VENV/bin/python" Tests/Benchmarks/bench_canon.py --newsgraph .build/release/newsgraph \
  --python "$VENV/bin/python" --gen-graph "$SHARED/bench/gen_graph.py" "$@"
