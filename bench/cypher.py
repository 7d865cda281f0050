"""An anchored 2-hop Cypher query on the embedded store, beside the same question answered by
hand-written networkx traversal and by the same query on Neo4j (when a server is given)."""

from __future__ import annotations

import os
import tempfile
from typing import Any

import networkx as nx

from graphload.store import EmbeddedStore, Store, open_store
from graphload.store.graph import build_graph, claims_of

from . import Result, best_of, ms, not_run
from .corpus import extractions
from .neo4j_writes import clear

QUERY = ("MATCH (a:Entity)-[r1]->(b:Entity)-[r2]->(c:Entity) WHERE a.name = $name "
         "RETURN a.name AS a, r1.type AS r1, b.name AS b, r2.type AS r2, c.name AS c")
TARGET_SECONDS = 0.05


def docs_for_edges(edges: int) -> int:
    """Corpus documents whose graph has about this many edges (about six per document)."""
    return max(10, edges // 6)


def busiest(graph: nx.MultiDiGraph) -> str:
    """The name of the entity with the most 2-hop paths: the anchor that makes the query work hardest."""
    def paths(node: str) -> int:
        return sum(1 for _, b, k in graph.out_edges(node, keys=True) if k != "MENTIONED_IN"
                   for _, _, k2 in graph.out_edges(b, keys=True) if k2 != "MENTIONED_IN")
    entities = [n for n, d in graph.nodes(data=True) if "Entity" in d["__labels__"]]
    return graph.nodes[max(entities, key=paths)]["name"]


def by_hand(graph: nx.MultiDiGraph, name: str) -> list[tuple[Any, ...]]:
    """The obvious alternative: the same rows by walking the networkx graph directly."""
    rows = []
    for a, data in graph.nodes(data=True):
        if data.get("name") != name or "Entity" not in data["__labels__"]:
            continue
        for _, b, r1 in graph.out_edges(a, keys=True):
            if "Entity" not in graph.nodes[b]["__labels__"]:
                continue
            for _, c, r2 in graph.out_edges(b, keys=True):
                if "Entity" in graph.nodes[c]["__labels__"]:
                    rows.append((name, r1, graph.nodes[b]["name"], r2, graph.nodes[c]["name"]))
    return rows


def rows_of(store: Store, name: str) -> list[tuple[Any, ...]]:
    return sorted(tuple(row.values()) for row in store.run(QUERY, {"name": name}))


def run(edges: int) -> list[Result]:
    batch = extractions(docs_for_edges(edges))
    graph = build_graph(claims_of(ex, "") for ex in batch)
    name = busiest(graph)
    stage = f"cypher: anchored 2-hop, {graph.number_of_edges():,} edges"
    with tempfile.TemporaryDirectory(prefix="graphload-bench-") as tmp:
        store = EmbeddedStore(tmp)
        store.write(batch)
        expected = sorted(by_hand(store.graph(), name))
        if rows_of(store, name) != expected:
            raise AssertionError("the embedded store and the hand-written traversal disagree")
        ours = best_of(5, lambda: store.run(QUERY, {"name": name}))
        hand = best_of(5, lambda: by_hand(store.graph(), name))
        target = f"< {ms(TARGET_SECONDS)}"
        rows = [Result(f"{stage} ({len(expected)} rows) vs networkx by hand", ms(ours), ms(hand), hand / ours,
                       target, ours < TARGET_SECONDS)]
    uri = os.environ.get("NEO4J_TEST_URI")
    if not uri:
        return rows + [not_run("cypher: the same query on Neo4j", "report", "no server")]
    with open_store(neo4j=uri) as neo:
        clear(neo)
        neo.write(batch)
        if rows_of(neo, name) != expected:
            raise AssertionError("the embedded store and Neo4j disagree")
        theirs = best_of(5, lambda: neo.run(QUERY, {"name": name}))
        clear(neo)
    return rows + [Result("cypher: embedded vs the same query on Neo4j", ms(ours), ms(theirs), theirs / ours,
                          "report")]
