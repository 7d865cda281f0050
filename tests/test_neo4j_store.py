"""The Neo4j store against a real server: the same rows, graph and load semantics as the embedded
store, atomic batches, hostile text as values, and errors a user understands."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from graphload.api import extract
from graphload.model import Extraction, entity_id
from graphload.query import named_queries
from graphload.store import EmbeddedStore, Store, StoreError
from graphload.store.neo4j import Neo4jStore
from tests.factories import extraction
from tests.test_query import HOSTILE

DOCS = "data/docs"


@pytest.fixture(scope="module")
def sample_docs() -> list[Extraction]:
    """data/docs extracted once, plus two hand-made documents so that every named query has rows
    whatever the extractor finds today; both stores get exactly the same claims."""
    found = [x for x in extract([DOCS]) if isinstance(x, Extraction)]
    return [*found,
            extraction("control/fine.txt", "Acme fined Globex $5 million.", [("Acme", "PENALIZED", "Globex")],
                       amount=5000000, currency="USD"),
            extraction("control/staff.txt", "Globex, a member of the Widget Alliance, dismissed Initech.",
                       [("Globex", "MEMBER_OF", "Widget Alliance"), ("Globex", "DISMISSED", "Initech")])]


def comparable(graph: nx.MultiDiGraph) -> tuple[dict[str, Any], list[tuple[Any, ...]]]:
    """Nodes and edges with their attributes; loaded_at differs between two loads by design."""
    nodes = {n: {k: v for k, v in d.items() if k != "loaded_at"} for n, d in graph.nodes(data=True)}
    edges = sorted((u, v, k, json.dumps(d, sort_keys=True, default=sorted))
                   for u, v, k, d in graph.edges(keys=True, data=True))
    return nodes, edges


def both(neo4j: Neo4jStore, tmp_path: Path, *steps: Callable[[Store], Any]) -> None:
    """Apply the same steps to an embedded store and to Neo4j: each step returns the same value
    on both, and the graphs end up equal."""
    embedded = EmbeddedStore(tmp_path)
    for step in steps:
        assert step(neo4j) == step(embedded)
    assert comparable(neo4j.graph()) == comparable(embedded.graph())


def parameters(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """Values for the named queries' parameters that make their rows non-empty on data/docs."""
    head, tail, _ = max(((u, v, d) for u, v, d in graph.edges(data=True) if d["type"] != "MENTIONED_IN"),
                        key=lambda e: (len(e[2]["evidence"]), e[0], e[1]))
    return {"name": graph.nodes[head]["name"], "head": graph.nodes[head]["name"],
            "tail": graph.nodes[tail]["name"], "min_amount": 1}


@pytest.mark.parametrize("name", list(named_queries()))
def test_every_named_query_gives_the_same_rows(name: str, neo4j_store: Neo4jStore, tmp_path: Path,
                                               sample_docs: list[Extraction]) -> None:
    embedded = EmbeddedStore(tmp_path)
    embedded.write(sample_docs)
    neo4j_store.write(sample_docs)
    values = parameters(embedded.graph())
    query = named_queries()[name]
    params = {p: values[p] for p in query.params}
    want, got = embedded.run(query.text, params), neo4j_store.run(query.text, params)
    assert got, f"{name} returns no rows on data/docs: the comparison would prove nothing"
    if "ORDER BY" in query.text:
        assert got == want
    else:
        assert sorted(map(repr, got)) == sorted(map(repr, want))


def test_the_merged_graph_is_the_embedded_one(neo4j_store: Neo4jStore, tmp_path: Path,
                                              sample_docs: list[Extraction]) -> None:
    both(neo4j_store, tmp_path, lambda s: s.write(sample_docs))
    assert [d["id"] for d in neo4j_store.documents()] == [d["id"] for d in EmbeddedStore(tmp_path).documents()]


def test_loading_twice_changes_nothing(neo4j_store: Neo4jStore, sample_docs: list[Extraction]) -> None:
    n = len(sample_docs)
    assert neo4j_store.write(sample_docs) == {"added": n, "replaced": 0, "unchanged": 0}
    before = comparable(neo4j_store.graph()), neo4j_store.documents()
    assert neo4j_store.write(sample_docs) == {"added": 0, "replaced": 0, "unchanged": n}
    assert (comparable(neo4j_store.graph()), neo4j_store.documents()) == before


def test_a_changed_document_replaces_its_own_claims(neo4j_store: Neo4jStore, tmp_path: Path) -> None:
    a = extraction("a.txt", "Acme sued Globex.", [("Acme", "SUED", "Globex")])
    b = extraction("b.txt", "Acme sued Globex; Initech fined Acme.",
                   [("Acme", "SUED", "Globex"), ("Initech", "PENALIZED", "Acme")], amount=5, currency="USD")
    a2 = extraction("a.txt", "Acme fined Globex.", [("Acme", "PENALIZED", "Globex")], amount=7, currency="EUR")
    both(neo4j_store, tmp_path, lambda s: s.write([a, b]), lambda s: s.write([a2]))
    edges = {(u, k, v) for u, v, k in neo4j_store.graph().edges(keys=True) if k != "MENTIONED_IN"}
    assert ("organization:acme", "SUED", "organization:globex") in edges  # b still supports it
    assert ("organization:acme", "PENALIZED", "organization:globex") in edges


def test_a_batch_with_two_versions_keeps_the_last(neo4j_store: Neo4jStore, tmp_path: Path) -> None:
    v1 = extraction("a.txt", "Acme sued Globex.", [("Acme", "SUED", "Globex")])
    v2 = extraction("a.txt", "Acme fined Globex.", [("Acme", "PENALIZED", "Globex")])
    both(neo4j_store, tmp_path, lambda s: s.write([v1, v2, v1]))


def test_forget_removes_what_only_that_document_supported(neo4j_store: Neo4jStore, tmp_path: Path) -> None:
    a = extraction("a.txt", "Acme sued Globex.", [("Acme", "SUED", "Globex")])
    b = extraction("b.txt", "Acme sued Globex; Initech fined Acme.",
                   [("Acme", "SUED", "Globex"), ("Initech", "PENALIZED", "Acme")])
    both(neo4j_store, tmp_path, lambda s: s.write([a, b]), lambda s: s.forget("b.txt"))
    assert "organization:initech" not in neo4j_store.graph()
    both(neo4j_store, tmp_path, lambda s: s.forget(a.document.id[7:19]), lambda s: s.documents())
    assert neo4j_store.run("MATCH (n) RETURN COUNT(n) AS n") == [{"n": 0}]


def test_merging_entities_matches_the_embedded_store(neo4j_store: Neo4jStore, tmp_path: Path) -> None:
    a = extraction("a.txt", "Acme fined Globex.", [("Acme", "PENALIZED", "Globex")], amount=5, currency="USD")
    b = extraction("b.txt", "Acme Widgets fined Globex.", [("Acme Widgets", "PENALIZED", "Globex")], amount=9)
    both(neo4j_store, tmp_path, lambda s: s.write([a, b]),
         lambda s: s.merge_entities("organization:acme-widgets", "organization:acme", "Acme", "Organization"))


def test_actors_named_differently_fold_as_in_the_embedded_store(neo4j_store: Neo4jStore, tmp_path: Path) -> None:
    """The store-wide fold (tests/test_resolution_across.py) as merges after each write and forget."""
    a = extraction("a.txt", "The Tarn Water Board (TWB) fined Orla Air.",
                   [("Tarn Water Board", "PENALIZED", "Orla Air")])
    a.entities[[e.name for e in a.entities].index("Tarn Water Board")].aliases.append("TWB")
    b = extraction("b.txt", "TWB sued Orla Air, Inc.", [("TWB", "SUED", "Orla Air, Inc.")])
    c = extraction("c.txt", "Orla Air board fined Kestrel.", [("Orla Air board", "PENALIZED", "Kestrel")])
    both(neo4j_store, tmp_path, lambda s: s.write([b]), lambda s: s.write([c, a]), lambda s: s.forget("a.txt"))
    names = {d["name"] for _, d in neo4j_store.graph().nodes(data=True) if d.get("type") == "Organization"}
    assert names == {"Tarn Water Board", "Orla Air, Inc.", "Kestrel"}


def test_one_actor_spelled_two_ways_in_one_load_is_one_node_until_a_document_is_forgotten(
        neo4j_store: Neo4jStore, tmp_path: Path) -> None:
    """A load of two batches folds once at its end, and again after a forced reload: the spellings are one
    node with the union of what each document said, in load order; forgetting one document leaves exactly what
    the other supports."""
    a = extraction("a.txt", "Acme Holdings Ltd fined Globex.", [("Acme Holdings Ltd", "PENALIZED", "Globex")],
                   amount=5, currency="USD")
    other = extraction("other.txt", "Globex sued Initech.", [("Globex", "SUED", "Initech")])
    b = extraction("b.txt", "Acme fined Globex again.", [("Acme", "PENALIZED", "Globex")], amount=9, currency="EUR")
    c = extraction("c.txt", "Globex sued Acme.", [("Globex", "SUED", "Acme")])

    def load(store: Store, force: bool = False) -> None:
        with store.transaction():
            store.write([a, other], force)
            store.write([b, c], force)

    both(neo4j_store, tmp_path, load)
    both(neo4j_store, tmp_path, lambda s: load(s, force=True))  # re-extracted: "Acme" is back, and folds again
    graph = neo4j_store.graph()
    acme, globex = (entity_id("Organization", name) for name in ("Acme Holdings Ltd", "Globex"))
    assert entity_id("Organization", "Acme") not in graph and graph.nodes[acme]["aliases"] == ["Acme"]
    fine = graph.edges[acme, globex, "PENALIZED"]
    assert (fine["doc_ids"], fine["amount"]) == (sorted([a.document.id, b.document.id]), 5)
    assert [e["doc_id"] for e in fine["evidence"]] == [a.document.id, b.document.id]
    assert graph.has_edge(globex, acme, "SUED") and graph.has_edge(globex, entity_id("Organization", "Initech"), "SUED")
    assert graph.nodes[globex]["doc_ids"] == sorted(x.document.id for x in (a, other, b, c))

    both(neo4j_store, tmp_path, lambda s: s.forget("a.txt"))
    fine = neo4j_store.graph().edges[acme, globex, "PENALIZED"]
    assert (fine["doc_ids"], fine["amount"], fine["currency"]) == ([b.document.id], 9, "EUR")
    assert neo4j_store.graph().nodes[acme]["doc_ids"] == sorted([b.document.id, c.document.id])


def test_evidence_amounts_and_documents_survive_the_round_trip(neo4j_store: Neo4jStore) -> None:
    a = extraction("a.txt", "Acme fined Globex RMB 1 million.", [("Acme", "PENALIZED", "Globex")],
                   amount=1000000, currency="CNY", amount_usd=150000.5)
    b = extraction("b.txt", "Globex was fined by Acme.", [("Acme", "PENALIZED", "Globex")], amount=3)
    neo4j_store.write([a]), neo4j_store.write([b])
    edge = neo4j_store.graph().edges["organization:acme", "organization:globex", "PENALIZED"]
    assert (edge["amount"], edge["currency"], edge["amount_usd"]) == (1000000, "CNY", 150000.5)
    assert type(edge["amount"]) is int
    assert edge["doc_ids"] == sorted([a.document.id, b.document.id])
    assert edge["evidence"] == [
        {"text": x.document.text, "start": 0, "end": len(x.document.text), "doc_id": x.document.id} for x in (a, b)]
    rows = neo4j_store.run("MATCH (h:Entity)-[r:PENALIZED]->(t:Entity) RETURN r.evidence AS evidence, r AS r")
    assert rows[0]["evidence"] == edge["evidence"] == rows[0]["r"]["evidence"]


def test_hostile_names_are_stored_and_matched_as_values(neo4j_store: Neo4jStore) -> None:
    neo4j_store.write([extraction("a.txt", "Acme fined Globex.", [(n, "PENALIZED", "Globex") for n in HOSTILE])])
    for name in HOSTILE:
        rows = neo4j_store.run("MATCH (e:Entity) WHERE e.name = $name RETURN e.name AS name", {"name": name})
        assert rows == [{"name": name}]
    assert neo4j_store.run("MATCH (e:Entity) RETURN COUNT(e) AS n") == [{"n": len(HOSTILE) + 1}]


def test_a_failing_batch_writes_nothing(neo4j_store: Neo4jStore) -> None:
    good = extraction("a.txt", "Acme sued Globex.", [("Acme", "SUED", "Globex")])
    bad = extraction("b.txt", "Initech fined Acme.", [("Initech", "PENALIZED", "Acme")], amount={"not": "storable"})
    with pytest.raises(StoreError):
        neo4j_store.write([good, bad])
    assert neo4j_store.run("MATCH (n) RETURN COUNT(n) AS n") == [{"n": 0}]


def test_a_missing_parameter_says_how_to_give_it(neo4j_store: Neo4jStore) -> None:
    with pytest.raises(StoreError, match=r"-p min_amount"):
        neo4j_store.run(named_queries()["penalties_by_amount"].text, {})


def unused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_server_that_is_down_is_one_clear_line() -> None:
    port = unused_port()
    with pytest.raises(StoreError) as err:
        Neo4jStore(f"bolt://127.0.0.1:{port}")
    assert str(err.value).startswith(f"cannot reach Neo4j at bolt://127.0.0.1:{port}")
    assert "\n" not in str(err.value)


def test_a_wrong_database_name_is_named(neo4j_uri: str) -> None:
    with pytest.raises(StoreError, match=r"has no database 'graphs'.*NEO4J_DATABASE"):
        Neo4jStore(neo4j_uri, database="graphs")


def test_credentials_in_the_uri_are_refused_without_echoing_them() -> None:
    with pytest.raises(StoreError) as err:
        Neo4jStore("bolt://neo4j:s3cret-test-only@127.0.0.1:7687")
    assert "s3cret" not in str(err.value) and "NEO4J_PASSWORD" in str(err.value)


def test_without_a_server_ci_fails_instead_of_skipping() -> None:
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_TEST_URI"} | {"CI": "true"}
    test = f"{__file__}::test_loading_twice_changes_nothing"
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "no Neo4j test server" in done.stdout, done.stdout[-2000:]
