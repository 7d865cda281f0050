"""Neo4jStore.write against the obvious way to load a graph: one MERGE query per relationship.

Both write the same corpus rows into the same server with the same uniqueness constraints; the
per-row baseline runs on a prefix of the rows only, because it is too slow to wait for in full."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from graphload.api import BATCH, BATCH_CLAIMS
from graphload.model import Extraction
from graphload.store import Store, open_store
from graphload.store.neo4j import schema_statements

from . import Result, not_run, rate, timed
from .corpus import extractions

TARGET_RATIO, TARGET_RATE = 10.0, 20_000
BASELINE_ROWS = 2_000
PER_DOCUMENT = 6  # relationships a corpus document yields: 5 MENTIONED_IN and 1 relation


def clear(store: Store) -> None:
    """Empty the database in batches, so a large graph does not need one huge transaction (and
    without CALL ... IN TRANSACTIONS, which the store's managed transactions cannot run)."""
    while store.run("MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS gone")[0]["gone"]:
        pass


def per_row(batch: list[Extraction]) -> Iterator[tuple[str, dict[str, Any]]]:
    """One MERGE query per relationship, as a first loader would write it."""
    for ex in batch:
        doc = ex.document
        for ent in ex.entities:
            yield ("MERGE (e:Entity {id: $id}) SET e.name = $name, e.type = $type "
                   "MERGE (d:Document {id: $doc}) SET d.path = $path, d.title = $title "
                   "MERGE (e)-[m:MENTIONED_IN]->(d) SET m.count = $count",
                   {"id": ent.id, "name": ent.name, "type": ent.type, "doc": doc.id, "path": doc.path,
                    "title": doc.title, "count": len(ent.mentions)})
        for rel in ex.relations:
            yield (f"MERGE (h:Entity {{id: $head}}) MERGE (t:Entity {{id: $tail}}) "
                   f"MERGE (h)-[r:`{rel.type}`]->(t) SET r += $props, r.doc_ids = [$doc], r.confidence = $conf",
                   {"head": rel.head, "tail": rel.tail, "props": rel.properties, "doc": doc.id,
                    "conf": rel.confidence})


def load(store: Store, batch: list[Extraction], size: int) -> None:
    with store.transaction():
        for i in range(0, len(batch), size):
            store.write(batch[i : i + size])


def run(relationships: int) -> list[Result]:
    stage = f"neo4j writes: {relationships:,} relationships, store.write vs per-row MERGE"
    target = f">= {TARGET_RATIO:g}x and >= {TARGET_RATE:,} rel/s"
    uri = os.environ.get("NEO4J_TEST_URI")
    if not uri:
        return [not_run(stage, target, "no server")]
    batch = extractions(max(1, relationships // PER_DOCUMENT))
    rows = sum(len(ex.entities) + len(ex.relations) for ex in batch)
    with open_store(neo4j=uri) as store:
        clear(store)
        for statement in schema_statements():  # the baseline gets the same constraints and indexes
            store.run(statement)
        queries = list(per_row(batch))[:BASELINE_ROWS]
        baseline = timed(lambda: [store.run(cypher, params) for cypher, params in queries])[0]
        clear(store)
        # in the load's own batches inside one load transaction (the store-wide fold once at its end), as
        # `graphload load` writes them
        size = min(BATCH, BATCH_CLAIMS // PER_DOCUMENT)
        ours = timed(lambda: load(store, batch, size))[0]
        clear(store)
    ours_rate, baseline_rate = rows / ours, len(queries) / baseline
    return [Result(stage.replace(f"{relationships:,}", f"{rows:,}"), rate(rows, ours, "rel"),
                   rate(len(queries), baseline, "rel") + f" ({len(queries):,} rows)", ours_rate / baseline_rate,
                   target, ours_rate / baseline_rate >= TARGET_RATIO and ours_rate >= TARGET_RATE)]
