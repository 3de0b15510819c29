# Newsgraph — `make run` installs what is missing, builds and runs the main job into Output/;
# `make test` runs the whole test suite.

SWIFT        ?= swift
SHARED       ?= ../shared
VENV         ?= .build-venv
APT_PACKAGES := libxml2-dev libgraphviz-dev pkg-config
BIN          := .build/release/newsgraph
SAMPLE       := Tests/Fixtures/Articles/harbor-accord.txt

MODELS       := Sources/EnglishModels/Models
MODELS_WORK  := .build/models
EWT          := $(SHARED)/data/ud-english-ewt
UNER         := $(SHARED)/data/uner-english-ewt
WORDNET      := /usr/share/wordnet

.PHONY: run deps build release test build-check peers interop shapes bench bench-nlp bench-extract bench-render bench-canon bench-load bench-build docs models clean

## Install missing system packages (apt-get when root, otherwise print the command).
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $$missing; \
	  else echo "missing system packages:$$missing"; echo "run: sudo apt-get install -y$$missing"; exit 1; fi; \
	fi

release: deps
	$(SWIFT) build -c release --static-swift-stdlib --product newsgraph

build: deps
	$(SWIFT) build

## The main job: the bundled sample article built into a knowledge graph in every format.
run: release
	$(BIN) build $(SAMPLE) -o Output --formats ttl,nt,rdf,trig,nq,dot,svg
	@echo "wrote: $$(ls Output | tr '\n' ' ')"

## Fails on any compiler warning in the project's own code.
build-check: deps
	@mkdir -p .build
	@$(SWIFT) build --build-tests 2>&1 | tee .build/build-check.log | grep -E "error|warning:" || true
	@if grep -v "/.build/" .build/build-check.log | grep -E "^/.*(Sources|Tests)/.*warning:"; then echo "warnings found"; exit 1; fi
	@if grep -E "error:" .build/build-check.log; then exit 1; fi

## The whole suite: unit, conformance, CLI tests, then the interop check against rdflib and rapper.
test: build-check peers
	$(SWIFT) test --skip-build
	$(MAKE) interop
	$(MAKE) shapes

## The peers the tests run against (a live Oxigraph server, rdflib, pyshacl, serdi, rapper), into
## $(VENV) from PyPI and Debian; skipped when already there.
peers:
	@[ -x $(VENV)/bin/oxigraph ] && [ -x $(VENV)/bin/pyshacl ] || Tests/Interop/setup.sh $(VENV) \
	  || echo "peers: could not install them; the live-store, interop and shape checks will skip"

## The graphs `build` writes conform to Ontology/shapes.ttl (pyshacl, from the interop venv).
shapes: release
	@if [ -x "$(VENV)/bin/pyshacl" ]; then Tests/Interop/check_shapes.sh $(BIN) $(VENV) $(SHARED); \
	elif [ "$${NEWSGRAPH_REQUIRE_PEERS:-0}" = 1 ]; then echo "shapes: $(VENV)/bin/pyshacl missing (run Tests/Interop/setup.sh)"; exit 1; \
	else echo "shapes: skipped, no $(VENV)/bin/pyshacl (Tests/Interop/setup.sh installs it)"; fi

## Interop: our outputs for every W3C eval test parse, isomorphic, in rdflib and rapper.
interop: release
	@if [ -x "$(VENV)/bin/python" ]; then \
	  NEWSGRAPH=$(BIN) $(VENV)/bin/python Tests/Interop/check_interop.py --shared $(SHARED); \
	elif [ "$${NEWSGRAPH_REQUIRE_PEERS:-0}" = 1 ]; then \
	  echo "interop: $(VENV) missing (run .ci/run or Tests/Interop/setup.sh)"; exit 1; \
	else echo "interop: skipped, no $(VENV) (Tests/Interop/setup.sh installs rdflib and rapper)"; fi

## Side-by-side benchmark with serdi, rapper, rdflib, pyoxigraph and oxigraph on a 1M-triple graph.
bench: release
	Tests/Benchmarks/run.sh

## Side-by-side NLP benchmark with spaCy en_core_web_sm on UD English EWT test (words/s, one thread).
bench-nlp: release
	Tests/Benchmarks/nlp.sh

## Side-by-side extraction benchmark on CaRB dev: text to RDF (ttl, nt, rdf, dot) vs a spaCy rule extractor.
bench-extract: release
	Tests/Benchmarks/extract.sh

## Rendering benchmark: newsgraph render on 100, 1,000 and 5,000-edge graphs next to graphviz's dot and sfdp.
bench-render: release
	Tests/Benchmarks/render.sh

## Canonicalization benchmark: RDFC-1.0 on 1M triples against the parse alone and pyoxigraph; 100,000-blank-node lists and trees.
bench-canon: release
	Tests/Benchmarks/canon.sh

## Loading benchmark: newsgraph load into a live Oxigraph next to oxigraph's bulk loader, 1M triples, peak memory.
bench-load: release
	Tests/Benchmarks/load.sh

## Corpus build benchmark: 1,000 EWT documents as articles, --jobs 1 against --jobs 2, and a re-run with nothing changed.
bench-build: release
	Tests/Benchmarks/build.sh

## The man page (newsgraph.1, every subcommand) and bash, zsh and fish completions, generated from
## the command line's own definitions, into .build/share.
docs: release
	@mkdir -p .build/share/man/man1 .build/share/completions
	$(SWIFT) package plugin generate-manual --configuration release --date 2026-11-30
	cp .build/plugins/GenerateManual/outputs/newsgraph/newsgraph.1 .build/share/man/man1/
	for shell in bash zsh fish; do $(BIN) --generate-completion-script $$shell > .build/share/completions/newsgraph.$$shell; done
	@echo "man -l .build/share/man/man1/newsgraph.1; source .build/share/completions/newsgraph.bash"

## Retrain every shipped model from $(SHARED)/data, deterministically (seeded); installs WordNet
## (Debian wordnet-base) and the public name and place lists (PyPI, into a venv) it learns from.
models: release
	@[ -d $(WORDNET) ] || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq wordnet-base; } || { echo "run: sudo apt-get install -y wordnet-base"; exit 1; }
	@mkdir -p $(MODELS_WORK)
	Sources/EnglishModels/Training/lexicons.sh $(MODELS_WORK)/lexicons.tsv $(MODELS_WORK)/lexicons-venv
	$(BIN) train tagger --train $(EWT)/en_ewt-ud-train.conllu --dev $(EWT)/en_ewt-ud-dev.conllu \
	  --wordnet $(WORDNET) --names $(MODELS_WORK)/lexicons.tsv -o $(MODELS)/tagger.model \
	  --jackknife-output $(MODELS_WORK)/train.tagged.conllu --jackknife-folds 10
	$(BIN) train parser --train $(MODELS_WORK)/train.tagged.conllu --train $(EWT)/en_ewt-ud-train.conllu \
	  --dev $(EWT)/en_ewt-ud-dev.conllu --tagger $(MODELS)/tagger.model --minimum-word-count 4 \
	  -o $(MODELS)/parser.model
	$(BIN) train ner --train $(UNER)/en_ewt-ud-train.early-draft.iob2 --dev $(UNER)/en_ewt-ud-dev.iob2 \
	  --names $(MODELS_WORK)/lexicons.tsv --tags $(MODELS_WORK)/train.tagged.conllu \
	  --tagger $(MODELS)/tagger.model -o $(MODELS)/ner.model
	@ls -l $(MODELS)

clean:
	rm -rf .build
