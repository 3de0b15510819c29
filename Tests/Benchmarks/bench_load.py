#!/usr/bin/env python3
"""Loading benchmark (`make bench-load`): `newsgraph load` (Graph Store Protocol, into a live
`oxigraph serve` with an empty store) next to `oxigraph load` (its bulk loader, straight into an
empty store directory), on gen_graph.py's 1M-triple news-like graph, alternating the tools in each
round; medians, and newsgraph's peak resident memory (GNU time). Prints a Markdown table."""
import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port, deadline=30):
    end = time.time() + deadline
    while time.time() < end:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    sys.exit("oxigraph serve did not start")


def count(url):
    query = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"})
    request = urllib.request.Request(url + "/query?" + query, headers={"Accept": "text/csv"})
    with urllib.request.urlopen(request) as response:
        return int(response.read().decode().split()[1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--newsgraph", required=True)
    parser.add_argument("--oxigraph", required=True)
    parser.add_argument("--gen-graph", required=True)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="bench-load-")
    prefix = os.path.join(work, "news")
    subprocess.run([sys.executable, args.gen_graph, "--triples", str(args.triples), "--seed", "42", "--out", prefix],
                   check=True, stdout=subprocess.DEVNULL)
    data = prefix + ".nt"
    graph = "https://example.org/graph/news"
    ours, theirs, memory = [], [], []
    for round_ in range(args.rounds):
        store = os.path.join(work, "served%d" % round_)
        port = free_port()
        server = subprocess.Popen([args.oxigraph, "serve", "--location", store, "--bind", "127.0.0.1:%d" % port],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_for(port)
            start = time.perf_counter()
            result = subprocess.run(["/usr/bin/time", "-f", "%M", args.newsgraph, "load", data, "--graph", graph,
                                     "--endpoint", "http://127.0.0.1:%d" % port, "-q"],
                                    capture_output=True, text=True)
            ours.append(time.perf_counter() - start)
            if result.returncode != 0:
                sys.exit("newsgraph load failed: " + result.stderr)
            memory.append(int(result.stderr.strip().splitlines()[-1]))
            loaded = count("http://127.0.0.1:%d" % port)
            if loaded != args.triples:
                sys.exit("the store holds %d triples, not %d" % (loaded, args.triples))
        finally:
            server.kill()
            server.wait()
            shutil.rmtree(store, ignore_errors=True)
        bulk = os.path.join(work, "bulk%d" % round_)
        start = time.perf_counter()
        subprocess.run([args.oxigraph, "load", "--location", bulk, "--file", data, "--graph", graph],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        theirs.append(time.perf_counter() - start)
        shutil.rmtree(bulk, ignore_errors=True)
    a, b = statistics.median(ours), statistics.median(theirs)
    print("%d triples (gen_graph.py, %d MB of N-Triples, half of them with blank nodes), medians of %d"
          % (args.triples, os.path.getsize(data) // 1_000_000, args.rounds))
    print()
    print("| loader | time | triples/s | rate vs `oxigraph load` | peak memory |")
    print("|---|---:|---:|---:|---:|")
    print("| `newsgraph load` (GSP, live `oxigraph serve`) | %.2f s | %d | **%.0f%%** | %d MB |"
          % (a, args.triples / a, 100 * b / a, max(memory) // 1024))
    print("| `oxigraph load` (bulk, empty store) | %.2f s | %d | 100%% | |" % (b, args.triples / b))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
