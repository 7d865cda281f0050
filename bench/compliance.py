"""opencypher-compliance (PyPI, its own catalog of openCypher checks) against the embedded store's
engine and against Neo4j in the same run: how much of the language each answers as specified."""

from __future__ import annotations

import os
from typing import Any

from graphload.store.falkor import Server

from . import Result

TARGET = 0.95


def _run(adapter: Any, name: str) -> tuple[int, int]:
    from opencypher_compliance.runner import run_compliance

    meta = run_compliance(config={"database": {"adapter": name, "name": name}}, adapter_instance=adapter)["metadata"]
    return meta["passed"], meta["total_tests"]


def embedded() -> tuple[int, int]:
    """The package's FalkorDB adapter speaks TCP only; the embedded server listens on a unix socket."""
    from opencypher_compliance.adapters.falkordb import FalkorDBAdapter

    server = Server(None)
    adapter = FalkorDBAdapter()
    adapter._db = server.start()
    adapter._graph = adapter._db.select_graph("compliance")
    try:
        return _run(adapter, "falkordb")
    finally:
        server.stop()


def neo4j(uri: str) -> tuple[int, int]:
    from neo4j import GraphDatabase
    from opencypher_compliance.adapters.bolt import BoltAdapter

    adapter = BoltAdapter()
    adapter._driver, adapter._db = GraphDatabase.driver(uri), None
    try:
        return _run(adapter, "bolt")
    finally:
        adapter.close()


def run() -> list[Result]:
    passed, total = embedded()
    uri = os.environ.get("NEO4J_TEST_URI")
    if uri:
        from graphload.store import open_store

        from .neo4j_writes import clear

        with open_store(neo4j=uri) as store:
            clear(store)
        theirs, their_total = neo4j(uri)
        baseline = f"Neo4j {theirs}/{their_total}"
    else:
        baseline, theirs = "Neo4j not run: no server", None
    return [Result("cypher: opencypher-compliance checks passed, embedded (FalkorDB) vs Neo4j",
                   f"{passed}/{total} ({passed / total:.1%})", baseline,
                   passed / theirs if theirs else None, f">= {TARGET:.0%}", passed / total >= TARGET)]

