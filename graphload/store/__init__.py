"""Backends behind one interface; `open_store` picks one from a URI or a directory."""

from __future__ import annotations

import os

from .base import Row, Store, StoreError
from .embedded import EmbeddedStore


def open_store(store: str | None = None, neo4j: str | None = None) -> Store:
    """`neo4j` (or NEO4J_URI) selects Neo4j; otherwise the embedded store in `store`
    (or GRAPHLOAD_STORE, default ./graphload-store)."""
    uri = neo4j or os.environ.get("NEO4J_URI")
    if uri:
        from .neo4j import Neo4jStore  # imported lazily: the driver is only needed here

        return Neo4jStore(uri)
    return EmbeddedStore(store or os.environ.get("GRAPHLOAD_STORE", "graphload-store"))


__all__ = ["EmbeddedStore", "Row", "Store", "StoreError", "open_store"]
