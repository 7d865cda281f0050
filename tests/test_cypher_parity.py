"""Analyst queries on the embedded store (FalkorDB) and on Neo4j, loaded with the same claims, give
the same rows; a construct FalkorDB refuses is refused in one line that names it, as the README's
Cypher section says. (Every named query is compared in tests/test_neo4j_store.py.)"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graphload.model import Extraction
from graphload.store import EmbeddedStore, StoreError
from graphload.store.neo4j import Neo4jStore
from tests.test_neo4j_store import sample_docs  # noqa: F401 - the fixture both stores load

README = Path(__file__).resolve().parent.parent / "README.md"

# The queries (names from data/docs) and everyday ones on the two hand-made documents.
SAME = [
    "MATCH (a:Organization)-[r:PENALIZED]->(b) RETURN a.name AS who, count(b) AS n, sum(r.amount) AS total",
    "MATCH (a:Organization {name: 'Xiaomi'})-[r]->(b:Entity) RETURN type(r) AS t, b.name AS other ORDER BY t, other",
    "MATCH (p:Person)-[:WORKS_FOR]->(o:Organization) OPTIONAL MATCH (o)<-[r:PENALIZED]-(x) "
    "RETURN p.name, o.name, x.name",
    "MATCH (m:Entity)-[:MEMBER_OF]->(a:Entity) WITH a, count(m) AS members WHERE members > 3 RETURN a.name, members",
    "MATCH (a:Entity)-[:PENALIZED]->(b:Entity) RETURN collect(b.name) AS penalized",
    'MATCH (a:Entity {name: "Xiaomi"})-[*1..2]-(b:Entity) WHERE b <> a RETURN DISTINCT b.name ORDER BY b.name',
    "UNWIND ['Xiaomi', 'ZAKER'] AS n MATCH (e:Entity {name: n}) RETURN e.name",
    "MATCH (a:Entity)-[r]->(b:Entity) WHERE r.confidence >= 0.7 AND toLower(a.name) CONTAINS 'xiao' "
    "RETURN a.name, type(r), b.name",
    "MATCH (n:Entity) WHERE NOT (n)-[:PENALIZED]-() RETURN count(n)",
    "MATCH (a:Entity)-[r:PENALIZED]->(b:Entity) WHERE r.amount > $min RETURN b.name ORDER BY b.name",
    "MATCH (a:Entity) WHERE (a)-[:DISMISSED]->() RETURN a.name",
    "MATCH (a:Entity {name: 'Globex'})-[r]->(b:Entity) RETURN a, r, b",
    "MATCH (a:Entity)-[r:PENALIZED]->(b:Entity) RETURN a.name + ' fined ' + b.name AS line, r.evidence AS evidence",
    "MATCH (e:Entity) RETURN e.type AS type, count(*) AS n ORDER BY n DESC, type",
    "MATCH (d:Document)<-[m:MENTIONED_IN]-(e:Entity) WITH d, sum(m.count) AS mentions "
    "RETURN d.path AS path, mentions ORDER BY mentions DESC, path LIMIT 3",
    "MATCH (a:Entity)-[r]->(b:Entity) WITH type(r) AS t, count(*) AS n, avg(r.confidence) AS c "
    "RETURN t, n, round(c * 100) / 100 AS confidence ORDER BY n DESC, t",
    "MATCH (a:Entity {name: 'Globex'}) RETURN labels(a) AS labels, size(a.doc_ids) AS docs, a.doc_ids[0] AS first",
    "MATCH p = (a:Entity {name: 'Globex'})-[*1..2]->(c:Entity) "
    "RETURN [n IN nodes(p) | n.name] AS names, [r IN relationships(p) | type(r)] AS types",
    "MATCH (a:Entity) WHERE a.name STARTS WITH 'Glo' RETURN a.name AS name "
    "UNION MATCH (b:Entity) WHERE b.name ENDS WITH 'tech' RETURN b.name AS name",
    "MATCH (a:Entity) CALL { WITH a MATCH (a)-[:PENALIZED]->(b) RETURN count(b) AS k } "
    "WITH a, k WHERE k > 0 RETURN a.name, k",
    "MATCH (a:Entity)-[r:PENALIZED]->(b:Entity) RETURN coalesce(r.currency, '?') AS currency, "
    "max(r.amount) AS most, min(r.amount) AS least",
]
# Constructs Neo4j runs and FalkorDB refuses, with what the one-line error names.
REFUSED = {
    'MATCH p = shortestPath((a:Entity {name: "Lei Jun"})-[*..5]-(b:Entity {name: "ZAKER"})) RETURN length(p)':
        "shortestPath",
    "MATCH (a:Entity) WHERE EXISTS { (a)-[:DISMISSED]->() } RETURN a.name": "EXISTS { }",
    "MATCH (a:Entity) RETURN a.name AS n, COUNT { (a)-[:MEMBER_OF]->() } AS k": "COUNT { }",
}
PARAMS = {"min": 1000000}


@pytest.fixture(scope="module")
def stores(neo4j_uri: str, tmp_path_factory: pytest.TempPathFactory,
           sample_docs: list[Extraction]) -> Iterator[tuple[EmbeddedStore, Neo4jStore]]:  # noqa: F811
    embedded = EmbeddedStore(tmp_path_factory.mktemp("parity"))
    embedded.write(sample_docs)
    neo4j = Neo4jStore(neo4j_uri)
    neo4j.run("MATCH (n) DETACH DELETE n")
    neo4j.write(sample_docs)
    yield embedded, neo4j
    embedded.close()
    neo4j.close()


def canonical(value: Any) -> Any:
    """Rows compared as values: numbers by value (1 == 1.0), lists without their order (collect()
    and labels() promise none), rows as a multiset unless the query orders them."""
    if isinstance(value, dict):
        return {k: canonical(v) for k, v in value.items()}
    if isinstance(value, list):
        return sorted((canonical(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


@pytest.mark.parametrize("query", SAME)
def test_the_embedded_store_gives_neo4js_rows(query: str, stores: tuple[EmbeddedStore, Neo4jStore]) -> None:
    embedded, neo4j = stores
    want = [canonical(row) for row in neo4j.run(query, PARAMS)]
    got = [canonical(row) for row in embedded.run(query, PARAMS)]
    if " ORDER BY " not in query:
        want, got = canonical(want), canonical(got)
    assert got == want


def test_most_parity_queries_have_rows(stores: tuple[EmbeddedStore, Neo4jStore]) -> None:
    """Equal empty answers would prove nothing."""
    embedded, _ = stores
    assert sum(bool(embedded.run(query, PARAMS)) for query in SAME) >= len(SAME) - 3


@pytest.mark.parametrize("query, construct", REFUSED.items())
def test_a_refused_construct_is_one_line_that_names_it(query: str, construct: str,
                                                       stores: tuple[EmbeddedStore, Neo4jStore]) -> None:
    embedded, neo4j = stores
    neo4j.run(query)  # Neo4j runs it
    with pytest.raises(StoreError) as err:
        embedded.run(query)
    assert construct in str(err.value) and "\n" not in str(err.value)
    assert construct.split()[0] in README.read_text(encoding="utf-8").split("## Cypher", 1)[1]
