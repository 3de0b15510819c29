#!/usr/bin/env python3
"""Blank-node graphs for the canonicalization benchmark (`make bench-canon`).

    gen_bnode_graph.py --shape list|tree|chain|bare-tree --nodes N > graph.nt

- list: an RDF collection of N blank nodes (rdf:first / rdf:rest), item i a distinct literal;
  what Turtle's `( … )` and JSON-LD's @list produce.
- tree: a binary tree of N blank nodes (node i has children 2i+1 and 2i+2), each node carrying
  a distinct label, as nested `[ … ]` property lists and reified statements do.
- chain, bare-tree: the same shapes with nothing but the structure (no literal tells two nodes
  apart). RDFC-1.0 has to hash every node's whole component there, Θ(N²) work; Newsgraph refuses
  such graphs past its work bound.
"""
import argparse
import sys

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
EX = "http://example.org/"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--shape", choices=["list", "tree", "chain", "bare-tree"], required=True)
    parser.add_argument("--nodes", type=int, default=100000)
    args = parser.parse_args()
    n = args.nodes
    out = []
    if args.shape == "list":
        out.append("<%sarticle> <%sitems> _:l0 .\n" % (EX, EX))
        for i in range(n):
            out.append('_:l%d <%sfirst> "item %d" .\n' % (i, RDF, i))
            rest = "_:l%d" % (i + 1) if i + 1 < n else "<%snil>" % RDF
            out.append("_:l%d <%srest> %s .\n" % (i, RDF, rest))
    elif args.shape == "chain":
        for i in range(n - 1):
            out.append("_:b%d <%snext> _:b%d .\n" % (i, EX, i + 1))
    else:
        labelled = args.shape == "tree"
        for i in range(n):
            if labelled:
                out.append('_:t%d <%slabel> "node %d" .\n' % (i, EX, i))
            for child in (2 * i + 1, 2 * i + 2):
                if child < n:
                    out.append("_:t%d <%schild> _:t%d .\n" % (i, EX, child))
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
