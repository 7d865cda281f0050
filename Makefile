# make demo  - set up .venv, load data/docs into the embedded store, print who penalized whom, write a view
# make test  - the same set-up, a headless Chromium and a local Neo4j, then lint and every test
# make bench - benchmarks that print ratios against baselines measured in the same run
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_STORE := out/demo-store

.PHONY: setup demo test lint bench chromium neo4j clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[model,dev]'
	touch $@

demo: setup
	$(BIN)/graphload load --store $(DEMO_STORE) data/docs
	@echo
	@echo "Who penalized whom (cypher/who_penalized_whom.cypher):"
	$(BIN)/graphload query --store $(DEMO_STORE) -f cypher/who_penalized_whom.cypher
	@echo
	$(BIN)/graphload render --store $(DEMO_STORE) -o out/who-penalized-whom.html
	@echo "open it offline in any browser: file://$(CURDIR)/out/who-penalized-whom.html"

# Debian's chromium drives the HTML view tests; installed here when missing (needs root or sudo).
chromium:
	@command -v chromium >/dev/null || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

# Neo4j 5.26 Community assembled from Maven Central (see scripts/neo4j-local).
neo4j:
	scripts/neo4j-local build

lint: setup
	$(BIN)/ruff check graphload tests bench

# With NEO4J_TEST_URI set the Neo4j tests use that server (they empty it!); otherwise a local one is
# started and stopped around them. NEO4J_URI is never used by tests: it is where a user keeps a real graph.
test: setup chromium neo4j lint
	if [ -n "$${NEO4J_TEST_URI:-}" ]; then env -u NEO4J_URI $(BIN)/python -m pytest; \
	else scripts/neo4j-local run -- env -u NEO4J_URI $(BIN)/python -m pytest; fi

bench: setup neo4j
	scripts/neo4j-local run -- $(BIN)/python -m bench

clean:
	rm -rf $(VENV) out graphload-store .pytest_cache .ruff_cache
