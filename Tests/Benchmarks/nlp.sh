#!/usr/bin/env bash
# Side-by-side NLP benchmark: Newsgraph and spaCy en_core_web_sm 3.8 on UD English EWT test,
# one thread each (pinned to one core), release build. Prints a Markdown table of words/s.
set -euo pipefail
cd "$(dirname "$0")/../.."
. Tests/Benchmarks/spacy_venv.sh
exec taskset -c 0 "$VENV/bin/python" Tests/Benchmarks/bench_nlp.py \
  --newsgraph .build/release/newsgraph \
  --conllu "$SHARED/data/ud-english-ewt/en_ewt-ud-test.conllu" --rounds "$ROUNDS"
