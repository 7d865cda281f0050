"""Named queries and parameters on the embedded store: values never become Cypher syntax."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphload.query import coerce, named_queries
from graphload.store import EmbeddedStore, StoreError
from tests.factories import extraction

HOSTILE = [
    "Robert'); MATCH (n) DETACH DELETE n //",
    'Say "hi" \\ then RETURN 1',
    "{name: 'x'} } ) WHERE true OR",
    "$name and $other",
]


@pytest.fixture
def store(tmp_path: Path) -> EmbeddedStore:
    s = EmbeddedStore(tmp_path)
    s.write([extraction("a.txt", "Acme fined Globex.", [(n, "PENALIZED", "Globex") for n in [*HOSTILE, "Acme"]],
                        amount=10, currency="USD")])
    return s


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_are_values(store: EmbeddedStore, name: str) -> None:
    rows = store.run("MATCH (e:Entity) WHERE e.name = $name RETURN e.name AS name", {"name": name})
    assert rows == [{"name": name}]
    assert len(store.run("MATCH (e:Entity) RETURN e.name AS name", {})) == len(HOSTILE) + 2


def test_dollar_inside_a_string_literal_is_not_a_parameter(store: EmbeddedStore) -> None:
    assert store.run('MATCH (a:Entity) WHERE a.name = "$name and $other" RETURN a.name AS name', {}) == [
        {"name": "$name and $other"}]


def test_missing_parameter_says_how_to_give_it(store: EmbeddedStore) -> None:
    with pytest.raises(StoreError, match=r"-p min_amount"):
        store.run(named_queries()["penalties_by_amount"].text, {})


def test_every_named_query_is_documented_and_runs(store: EmbeddedStore) -> None:
    queries = named_queries()
    assert {"who_penalized_whom", "penalties_by_amount", "neighbourhood"} <= set(queries)
    for query in queries.values():
        assert query.description, f"{query.path} has no description"
        params = {p: "Acme" for p in query.params} | ({"min_amount": 1} if "min_amount" in query.params else {})
        store.run(query.text, params)


def test_command_line_values_become_numbers_only_when_they_are() -> None:
    assert coerce("1000000") == 1000000 and coerce("2.5") == 2.5 and coerce("ZAKER") == "ZAKER"


def test_where_on_both_endpoints_finds_the_edge(store: EmbeddedStore) -> None:
    rows = store.run("MATCH (h:Entity)-[r]->(t:Entity) WHERE h.name = $h AND t.name = $t RETURN r.type AS type",
                     {"h": "Acme", "t": "Globex"})
    assert rows == [{"type": "PENALIZED"}]


def test_comments_are_left_alone(store: EmbeddedStore) -> None:
    query = "// it's Acme's $money, isn't it\nMATCH (e:Entity) WHERE e.name = $name RETURN e.name AS name"
    assert store.run(query, {"name": "Acme"}) == [{"name": "Acme"}]


def test_a_refused_construct_is_one_line_and_exit_code_1(store: EmbeddedStore) -> None:
    from click.testing import CliRunner

    from graphload.cli import cli

    result = CliRunner().invoke(cli, ["query", "--store", str(store.dir),
                                      "MATCH (a:Entity) WHERE EXISTS { (a)-[:PENALIZED]->() } RETURN a.name"])
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1 and "EXISTS { }" in result.output, result.output


def test_values_the_engine_cannot_take_are_refused_by_name(store: EmbeddedStore) -> None:
    for value in ("Acme\0", float("nan")):
        with pytest.raises(StoreError, match=r"parameter \$name"):
            store.run("MATCH (e:Entity) WHERE e.name = $name RETURN e.name AS name", {"name": value})


def test_sums_of_whole_amounts_are_whole_numbers(store: EmbeddedStore) -> None:
    rows = store.run("MATCH (:Entity)-[r:PENALIZED]->(:Entity) RETURN sum(r.amount) AS total, avg(r.amount) AS mean")
    assert rows == [{"total": 10 * (len(HOSTILE) + 1), "mean": 10}] and type(rows[0]["total"]) is int


def test_to_networkx_gives_the_graph_for_python_users(store: EmbeddedStore) -> None:
    import networkx as nx

    import graphload

    graph = graphload.to_networkx(store)
    assert isinstance(graph, nx.MultiDiGraph)
    acme = next(n for n, d in graph.nodes(data=True) if d.get("name") == "Acme")
    assert [(k, graph.nodes[v]["name"]) for _, v, k in graph.out_edges(acme, keys=True) if k != "MENTIONED_IN"] == [
        ("PENALIZED", "Globex")]
