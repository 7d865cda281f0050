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
