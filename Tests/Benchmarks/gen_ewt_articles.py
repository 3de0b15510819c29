#!/usr/bin/env python3
"""Writes UD English EWT documents as plain-text articles, one file per `# newdoc`, paragraphs
at `# newpar`: a corpus of real English text for `make bench-build`.

    gen_ewt_articles.py --out DIR --count 1000 ../shared/data/ud-english-ewt/*.conllu
"""
import argparse
import os
import re


def documents(paths):
    for path in paths:
        doc, paragraph, paragraphs = None, [], []
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("# newdoc"):
                    if doc and (paragraphs or paragraph):
                        yield doc, paragraphs + ([" ".join(paragraph)] if paragraph else [])
                    doc = line.split("=", 1)[1].strip() if "=" in line else "doc"
                    paragraph, paragraphs = [], []
                elif line.startswith("# newpar"):
                    if paragraph:
                        paragraphs.append(" ".join(paragraph))
                    paragraph = []
                elif line.startswith("# text = "):
                    paragraph.append(line[len("# text = "):].strip())
        if doc and (paragraphs or paragraph):
            yield doc, paragraphs + ([" ".join(paragraph)] if paragraph else [])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("conllu", nargs="+")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    written = 0
    for doc, paragraphs in documents(args.conllu):
        if written == args.count:
            break
        name = "%04d-%s.txt" % (written, re.sub(r"[^A-Za-z0-9]+", "-", doc).strip("-")[:60])
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
            f.write("\n\n".join(paragraphs) + "\n")
        written += 1
    print("%d articles in %s" % (written, args.out))


if __name__ == "__main__":
    main()
