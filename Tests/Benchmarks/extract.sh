#!/usr/bin/env bash
# Side-by-side extraction benchmark on CaRB dev (641 sentences), one thread each (pinned to one
# core), release build: `newsgraph build` from text to Turtle + N-Triples + RDF/XML + DOT (model
# loading included), `newsgraph extract --carb` (no RDF), and a spaCy en_core_web_sm rule
# extractor (subject–verb–object from its parse, no RDF). Prints a Markdown table of sentences/s.
set -euo pipefail
cd "$(dirname "$0")/../.."
. Tests/Benchmarks/spacy_venv.sh
exec taskset -c 0 "$VENV/bin/python" Tests/Benchmarks/bench_extract.py \
  --newsgraph .build/release/newsgraph --sentences "$SHARED/benchmarks/carb/dev/dev.txt" --rounds "$ROUNDS"
