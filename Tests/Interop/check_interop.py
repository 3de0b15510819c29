#!/usr/bin/env python3
"""Interop check: what newsgraph writes, rdflib and rapper read back as the same graph.

For every eval test of the W3C Turtle, TriG and RDF/XML suites and every positive syntax test of
N-Triples and N-Quads, newsgraph converts the test input to every output format it can hold
(N-Triples, N-Quads, Turtle, TriG, RDF/XML; streaming and --pretty). Each output is then parsed by
rdflib and by rapper, and the result must be isomorphic (RDFC-1.0 canonical form, computed by
pyoxigraph) to the suite's expected result (or, for syntax tests, to the input as pyoxigraph reads it).

Prints one line per mismatch and ends with 'N passed, N failed'. Exit 1 on any failure.
Usage: NEWSGRAPH=.build/release/newsgraph check_interop.py --shared ../shared [--jobs 2]
"""
import argparse
import concurrent.futures as cf
import os
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request

import pyoxigraph as ox
import rdflib
from rdflib.collection import Collection

rdflib.NORMALIZE_LITERALS = False

MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
SUITES = {
    # dir: (syntax name for newsgraph, is dataset, test type suffixes checked)
    "rdf-turtle": ("ttl", False, ("TestTurtleEval",)),
    "rdf-trig": ("trig", True, ("TestTrigEval",)),
    "rdf-xml": ("rdfxml", False, ("TestXMLEval",)),
    "rdf-n-triples": ("nt", False, ("TestNTriplesPositiveSyntax",)),
    "rdf-n-quads": ("nq", True, ("TestNQuadsPositiveSyntax",)),
}
OX_FORMAT = {"nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS, "ttl": ox.RdfFormat.TURTLE,
             "trig": ox.RdfFormat.TRIG, "rdfxml": ox.RdfFormat.RDF_XML}
RDFLIB_FORMAT = {"nt": "nt", "nq": "nquads", "ttl": "turtle", "trig": "trig", "rdfxml": "xml"}
RAPPER_FORMAT = {"nt": "ntriples", "nq": "nquads", "ttl": "turtle", "trig": "trig", "rdfxml": "rdfxml"}

# Peer limitations, not newsgraph bugs: (reader, test id) -> (reason, output formats or None for all).
RAPPER_NUL = ("rapper 2.0.15 cuts a literal at U+0000 whatever the syntax", None)
PEER_QUIRKS = {
    ("rapper", "LITERAL1_all_controls"): RAPPER_NUL,
    ("rapper", "LITERAL1_ascii_boundaries"): RAPPER_NUL,
    ("rapper", "LITERAL2_ascii_boundaries"): RAPPER_NUL,
    ("rapper", "LITERAL_LONG1_ascii_boundaries"): RAPPER_NUL,
    ("rapper", "LITERAL_LONG2_ascii_boundaries"): RAPPER_NUL,
    ("rapper", "literal_all_controls"): RAPPER_NUL,
    ("rapper", "literal_ascii_boundaries"): RAPPER_NUL,
}
RAPPER_BNODE_GRAPH = ("rapper 2.0.15's TriG reader rejects a blank node as a graph name", {"trig"})
for _t in ("alternating_bnode_graphs", "anonymous_blank_node_graph", "labeled_blank_node_graph",
           "nq-syntax-bnode-01", "nq-syntax-bnode-02", "nq-syntax-bnode-03", "nq-syntax-bnode-04",
           "nq-syntax-bnode-05", "nq-syntax-bnode-06"):
    PEER_QUIRKS[("rapper", _t)] = RAPPER_BNODE_GRAPH


def canonical(nquads_text):
    """The RDFC-1.0 canonical N-Quads lines of a dataset given as N-Quads text."""
    ds = ox.Dataset(ox.parse(nquads_text.encode("utf-8"), format=ox.RdfFormat.N_QUADS))
    ds.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return sorted(str(q) for q in ds)


def manifest_tests(shared, suite_dir):
    path = os.path.join(shared, "conformance", "rdf-tests", suite_dir, "manifest.ttl")
    g = rdflib.Graph()
    g.parse(path, format="turtle", publicID="file://" + path)
    man = next(g.subjects(rdflib.RDF.type, MF.Manifest))
    assumed = g.value(man, MF.assumedTestBase)
    base = str(assumed) if assumed else "https://w3c.github.io/rdf-tests/rdf/rdf11/%s/" % suite_dir
    tests = []
    for entry in Collection(g, g.value(man, MF.entries)):
        kind = str(g.value(entry, rdflib.RDF.type)).split("#")[-1]
        action = urllib.request.url2pathname(urllib.parse.urlparse(str(g.value(entry, MF.action))).path)
        result = g.value(entry, MF.result)
        result = urllib.request.url2pathname(urllib.parse.urlparse(str(result)).path) if result else None
        rel = os.path.relpath(action, os.path.dirname(path))
        tests.append((str(entry).split("#")[-1], kind, action, result, base + rel))
    return tests


def expected_canonical(syntax, action, result, base):
    if result:
        fmt = ox.RdfFormat.N_QUADS if result.endswith(".nq") else ox.RdfFormat.N_TRIPLES
        data = open(result, "rb").read()
    else:
        fmt, data = OX_FORMAT[syntax], open(action, "rb").read()
    quads = ox.parse(data, format=fmt, base_iri=base)
    return canonical("".join(str(q) + " .\n" for q in quads))


def rdflib_read(path, fmt):
    if fmt in ("nq", "trig"):
        ds = rdflib.Dataset()
        ds.parse(path, format=RDFLIB_FORMAT[fmt])
        return ds.serialize(format="nquads")
    g = rdflib.Graph()
    g.parse(path, format=RDFLIB_FORMAT[fmt])
    return g.serialize(format="nt")


def rapper_read(path, fmt):
    out_fmt = "nquads" if fmt in ("nq", "trig") else "ntriples"
    r = subprocess.run(["rapper", "-q", "-i", RAPPER_FORMAT[fmt], "-o", out_fmt, path, "http://example.invalid/"],
                       capture_output=True)
    if r.returncode not in (0, 2):
        raise RuntimeError(r.stderr.decode("utf-8", "replace")[-300:])
    return r.stdout.decode("utf-8")


def check_test(newsgraph, suite_dir, test):
    syntax, is_dataset, _ = SUITES[suite_dir]
    tid, kind, action, result, base = test
    expected = expected_canonical(syntax, action, result, base)
    targets = ["nq", "trig"] if is_dataset else ["nt", "nq", "ttl", "trig", "rdfxml"]
    outcomes = []
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in targets:
            for pretty in (False, True):
                name = "%s%s" % (fmt, "-pretty" if pretty else "")
                out = os.path.join(tmp, "out." + name)
                cmd = [newsgraph, "convert", "--from", syntax, "--to", fmt, "--base", base, action, "-o", out]
                if pretty:
                    cmd.append("--pretty")
                r = subprocess.run(cmd, capture_output=True)
                if r.returncode != 0:
                    msg = r.stderr.decode("utf-8", "replace").strip()
                    if fmt == "rdfxml" and "cannot write as RDF/XML" in msg:
                        # The graph has no RDF/XML form (a control character in a literal, a
                        # predicate with no QName); the Swift round-trip suite checks that claim.
                        outcomes.append((suite_dir, tid, name, "newsgraph", "UNREPRESENTABLE"))
                        continue
                    outcomes.append((suite_dir, tid, name, "newsgraph", "convert failed: " + msg[-300:]))
                    continue
                for reader, read in (("rdflib", rdflib_read), ("rapper", rapper_read)):
                    quirk, formats = PEER_QUIRKS.get((reader, tid), (None, None))
                    if formats is not None and fmt not in formats:
                        quirk = None
                    try:
                        got = canonical(read(out, fmt))
                        ok = got == expected
                        detail = "" if ok else "not isomorphic to the expected graph"
                    except Exception as e:  # a reader rejected our output
                        ok, detail = False, "rejected: %s" % str(e).strip().splitlines()[-1:]
                    if ok:
                        outcomes.append((suite_dir, tid, name, reader, None))
                    elif quirk:
                        outcomes.append((suite_dir, tid, name, reader, "KNOWN " + quirk))
                    else:
                        outcomes.append((suite_dir, tid, name, reader, detail))
    return outcomes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared"))
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    args.shared = os.path.abspath(args.shared)
    newsgraph = os.path.abspath(os.environ.get("NEWSGRAPH", ".build/release/newsgraph"))
    if not os.path.isdir(os.path.join(args.shared, "conformance")):
        print("interop: %s/conformance not found" % args.shared)
        return 1 if os.environ.get("NEWSGRAPH_REQUIRE_SHARED") == "1" else 0
    jobs = []
    for suite_dir, (_, _, kinds) in SUITES.items():
        for test in manifest_tests(args.shared, suite_dir):
            if test[1] in kinds:
                jobs.append((suite_dir, test))
    passed = failed = known = unrepresentable = 0
    with cf.ThreadPoolExecutor(args.jobs) as pool:
        for outcomes in pool.map(lambda j: check_test(newsgraph, *j), jobs):
            for suite_dir, tid, name, reader, problem in outcomes:
                if problem is None:
                    passed += 1
                elif problem == "UNREPRESENTABLE":
                    unrepresentable += 1
                elif problem.startswith("KNOWN "):
                    known += 1
                    print("known: %s %s -> %s read by %s: %s" % (suite_dir, tid, name, reader, problem[6:]))
                else:
                    failed += 1
                    print("FAIL: %s %s -> %s read by %s: %s" % (suite_dir, tid, name, reader, problem))
    print("interop: %d tests, %d outputs checked, %d known peer quirks, %d outputs with no RDF/XML form"
          % (len(jobs), passed + failed + known, known, unrepresentable))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
