"""Seeded knowledge-graph-like RDF (Turtle) with N relation edges between typed, labelled
entities: 0.6 entities per edge, hub-heavy degrees (preferential attachment), predicates from a
small news vocabulary, some non-ASCII labels. The RDF counterpart of ../shared/bench/gen_dot.py,
for render benchmarks and tests. Same --edges and --seed, same bytes.

    gen_rdf_edges.py --edges 1000 --seed 42 > graph.ttl
"""
import argparse
import random

TYPES = ["Person", "Organization", "Place", "Event"]
PREDICATES = ["visit", "meet", "support", "lead", "workFor", "locatedIn", "sign", "host", "criticize", "fund", "attend",
              "partnerWith"]
FIRST = ["Anna", "Mark", "Nguyễn", "Zoë", "Li", "Omar", "Sofia", "Ivan", "Amina", "José", "Kenji", "Ingrid"]
LAST = ["Esper", "Phúc", "Müller", "Chen", "Haddad", "García", "Petrov", "Diallo", "Sato", "Halvorsen", "Okafor"]
ORG = ["Ministry", "Council", "Agency", "Institute", "Union", "Bank", "Fund", "Army", "University", "Party"]
PLACE = ["Hanoi", "Bergen", "Zürich", "Lagos", "Quito", "Osaka", "Tbilisi", "Porto", "Malmö", "Cusco"]
EVENT = ["Summit", "Forum", "Talks", "Festival", "Election", "Conference"]


def label(kind, rng, number):
    if kind == "Person":
        return f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    if kind == "Organization":
        return f"{rng.choice(PLACE)} {rng.choice(ORG)}"
    if kind == "Place":
        return f"{rng.choice(PLACE)} {number}"
    return f"{rng.choice(PLACE)} {rng.choice(EVENT)} {2000 + number % 25}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--edges", type=int, required=True)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    count = max(2, int(args.edges * 0.6))
    kinds = [rng.choice(TYPES) for _ in range(count)]
    print("@prefix schema: <http://schema.org/> .")
    print("@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .")
    print("@prefix ng: <https://newsgraph.dev/ontology#> .")
    print("@prefix e: <http://example.org/entity/> .")
    for number, kind in enumerate(kinds):
        print(f'e:n{number} a schema:{kind} ; rdfs:label "{label(kind, rng, number)}" .')
    targets = [0, 1]
    edges = set()
    while len(edges) < args.edges:
        source = rng.randrange(count)
        target = rng.choice(targets) if rng.random() < 0.7 else rng.randrange(count)
        if source == target:
            continue
        edge = (source, rng.choice(PREDICATES), target)
        if edge in edges:
            continue
        edges.add(edge)
        targets.append(target)
        targets.append(source)
    for source, predicate, target in sorted(edges):
        print(f"e:n{source} ng:{predicate} e:n{target} .")


if __name__ == "__main__":
    main()
