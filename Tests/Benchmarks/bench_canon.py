#!/usr/bin/env python3
"""Canonicalization benchmark (`make bench-canon`): newsgraph canon next to its own parse and to
pyoxigraph, alternating the tools in each round; medians of --rounds; prints Markdown tables.

- 1M triples without blank nodes (gen_graph.py's news-like graph, blank-node lines dropped):
  `newsgraph convert --count` (the parse alone) against `newsgraph canon` (parse, canonicalize,
  write the canonical N-Quads); pyoxigraph's parse and its RDFC-1.0 canonicalize + serialize.
- 100,000 blank nodes: an RDF list and a labelled binary tree (gen_bnode_graph.py); the output is
  checked byte for byte against pyoxigraph's.
- 100,000 bare blank nodes (a chain, a tree: nothing but structure): RDFC-1.0 must hash every
  node's whole component, Θ(N²); newsgraph refuses them, and the time to the refusal is shown.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(command, **kwargs):
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)
    return time.perf_counter() - start, result


PYOX = r"""
import sys, time, pyoxigraph as ox
path, mode, out = sys.argv[1], sys.argv[2], sys.argv[3]
start = time.perf_counter()
dataset = ox.Dataset(ox.parse(path=path, format=ox.RdfFormat.N_TRIPLES))
if mode == "canon":
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    with open(out, "w", encoding="utf-8") as f:
        f.write("".join(sorted(str(q) + " .\n" for q in dataset)))
print(time.perf_counter() - start)
"""


def pyoxigraph(python, path, mode, out):
    result = subprocess.run([python, "-c", PYOX, path, mode, out], capture_output=True, text=True, check=True)
    return float(result.stdout)


LANGUAGE_TAG = re.compile(rb'"@([A-Za-z0-9-]+)')


def same_graph(ours, theirs):
    """Byte for byte, but language tags in lower case: pyoxigraph lowercases them as it parses
    (RDF 1.2), RDFC-1.0's canonical N-Quads keep them as they were written."""
    def lower(match):
        return b'"@' + match.group(1).lower()
    a = open(ours, "rb").read()
    b = open(theirs, "rb").read()
    return LANGUAGE_TAG.sub(lower, a) == LANGUAGE_TAG.sub(lower, b)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--newsgraph", required=True)
    parser.add_argument("--python", required=True, help="a Python with pyoxigraph")
    parser.add_argument("--gen-graph", required=True, help="../shared/bench/gen_graph.py")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="bench-canon-")
    ng = args.newsgraph

    big = os.path.join(work, "big")
    subprocess.run([sys.executable, args.gen_graph, "--triples", "2100000", "--seed", "42", "--out", big],
                   check=True, stdout=subprocess.DEVNULL)
    plain = os.path.join(work, "plain.nt")
    with open(big + ".nt", encoding="utf-8") as source, open(plain, "w", encoding="utf-8") as target:
        kept = 0
        for line in source:
            if "_:" in line:
                continue
            target.write(line)
            kept += 1
            if kept == 1_000_000:
                break
    os.remove(big + ".nt")
    os.remove(big + ".ttl")

    times = {"parse": [], "canon": [], "ox parse": [], "ox canon": []}
    for round_ in range(args.rounds):
        t, _ = timed([ng, "convert", "--count", plain])
        times["parse"].append(t)
        out = os.path.join(work, "plain.%d.nq" % round_)
        t, result = timed([ng, "canon", plain, "-o", out])
        if result.returncode != 0:
            sys.exit("newsgraph canon failed: " + result.stderr.decode())
        times["canon"].append(t)
        if round_ < 2:
            times["ox parse"].append(pyoxigraph(args.python, plain, "parse", os.devnull))
            times["ox canon"].append(pyoxigraph(args.python, plain, "canon", os.path.join(work, "plain.ox.nq")))
        if round_ > 0:
            os.remove(out)
    same = same_graph(os.path.join(work, "plain.0.nq"), os.path.join(work, "plain.ox.nq"))
    m = {k: statistics.median(v) for k, v in times.items()}
    print("1,000,000 triples without blank nodes (%d MB of N-Triples), medians of %d (pyoxigraph: 2)"
          % (os.path.getsize(plain) // 1_000_000, args.rounds))
    print()
    print("| tool | parse | canonicalize (parse, canonicalize, write) | ratio | same output as pyoxigraph (tags in lower case) |")
    print("|---|---:|---:|---:|---|")
    print("| newsgraph | %.2f s | %.2f s | **%.2f×** | %s |" % (m["parse"], m["canon"], m["canon"] / m["parse"], "yes" if same else "NO"))
    print("| pyoxigraph | %.2f s | %.2f s | %.2f× | |" % (m["ox parse"], m["ox canon"], m["ox canon"] / m["ox parse"]))
    print()

    print("| 100,000 blank nodes | newsgraph canon | pyoxigraph | same bytes |")
    print("|---|---:|---:|---|")
    generator = os.path.join(HERE, "gen_bnode_graph.py")
    for shape in ["list", "tree"]:
        path = os.path.join(work, shape + ".nt")
        with open(path, "w") as f:
            subprocess.run([sys.executable, generator, "--shape", shape, "--nodes", "100000"], stdout=f, check=True)
        ours, theirs = [], []
        for round_ in range(3):
            t, result = timed([ng, "canon", path, "-o", path + ".ng.nq"])
            if result.returncode != 0:
                sys.exit("newsgraph canon failed: " + result.stderr.decode())
            ours.append(t)
            if round_ == 0:
                theirs.append(pyoxigraph(args.python, path, "canon", path + ".ox.nq"))
        same = same_graph(path + ".ng.nq", path + ".ox.nq")
        print("| %s | %.2f s | %.2f s | %s |" % (shape, statistics.median(ours), theirs[0], "yes" if same else "NO"))
    for shape in ["chain", "bare-tree"]:
        path = os.path.join(work, shape + ".nt")
        with open(path, "w") as f:
            subprocess.run([sys.executable, generator, "--shape", shape, "--nodes", "100000"], stdout=f, check=True)
        t, result = timed([ng, "canon", path, "-o", path + ".ng.nq"])
        refused = result.returncode == 1 and b"canonicalization stopped" in result.stderr
        print("| %s (bare) | refused in %.2f s%s | not run (Θ(N²)) | |" % (shape, t, "" if refused else " — UNEXPECTED exit %d" % result.returncode))
    subprocess.run(["rm", "-rf", work])


if __name__ == "__main__":
    main()
