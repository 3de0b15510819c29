#!/usr/bin/env bash
# Validates what `newsgraph build` writes against Ontology/shapes.ttl with pyshacl, on the
# asserted triples (no inference: the shapes describe the files as written): the bundled sample,
# and the seed article, its HTML copy and the wire story when ../shared is there.
# Usage: check_shapes.sh NEWSGRAPH_BINARY VENV SHARED
set -euo pipefail
bin=$1 venv=$2 shared=$3
out=.build/shapes
rm -rf "$out" && mkdir -p "$out"
inputs=(Tests/Fixtures/Articles/harbor-accord.txt)
if [ -d "$shared/seeds" ]; then
  inputs+=("$shared/seeds/000_dbe25a89b6a06857.txt" "$shared/samples/esper-visit.html" "$shared/samples/esper-visit-wire.txt")
elif [ "${NEWSGRAPH_REQUIRE_SHARED:-0}" = 1 ]; then
  echo "shapes: $shared/seeds missing"; exit 1
fi
"$bin" build "${inputs[@]}" -o "$out" --formats ttl -q
status=0
for graph in "$out"/*.ttl; do
  if "$venv/bin/pyshacl" -s Ontology/shapes.ttl -i none -f human "$graph" > "$out/report.txt" 2>&1; then
    echo "shapes: $(basename "$graph") conforms"
  else
    echo "shapes: $(basename "$graph") does not conform:"; head -60 "$out/report.txt"; status=1
  fi
done
exit $status
