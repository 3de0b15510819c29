#!/usr/bin/env bash
# Installs the peers the interop check and the benchmark compare with: serdi, rapper, graphviz
# (Debian) and rdflib, pyoxigraph, the oxigraph CLI (PyPI, into a venv, default .build-venv).
set -euo pipefail
VENV=${1:-.build-venv}
if [ "$(id -u)" = 0 ]; then
  need=""
  for p in serdi raptor2-utils graphviz time; do dpkg -s "$p" >/dev/null 2>&1 || need="$need $p"; done
  [ -z "$need" ] || { apt-get update -qq && apt-get install -y -qq $need >/dev/null; }
else
  for c in serdi rapper; do command -v $c >/dev/null || echo "missing $c: sudo apt-get install serdi raptor2-utils"; done
fi
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/pip" install -q rdflib pyoxigraph oxigraph pyshacl
echo "peers ready in $VENV"
