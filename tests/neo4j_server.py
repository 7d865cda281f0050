"""The `neo4j_store` fixture: a Neo4jStore on the test server, emptied before each test.

The server comes from NEO4J_TEST_URI (scripts/neo4j-local run sets it). NEO4J_URI is not a
fallback on purpose: the fixture deletes everything in the database, and NEO4J_URI is where a
user keeps a real graph. Without a server the Neo4j tests fail under CI=true (a backend that was
never tested must not pass CI) and are skipped elsewhere."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from graphload.store.neo4j import Neo4jStore

NO_SERVER = "no Neo4j test server: run `scripts/neo4j-local run -- pytest ...` or set NEO4J_TEST_URI"


@pytest.fixture(scope="session")
def neo4j_uri() -> str:
    uri = os.environ.get("NEO4J_TEST_URI")
    if not uri:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(NO_SERVER)
        pytest.skip(NO_SERVER)
    return uri


@pytest.fixture
def neo4j_store(neo4j_uri: str) -> Iterator[Neo4jStore]:
    store = Neo4jStore(neo4j_uri)
    store.run("MATCH (n) DETACH DELETE n")
    yield store
    store.close()
