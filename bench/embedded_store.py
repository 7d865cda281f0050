"""The embedded store's save + load against networkx's own node-link JSON dump and load of the
same graph. The memory of a store of many documents, with its query server, is the query stage's."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import networkx as nx

from graphload.model import Extraction
from graphload.store import EmbeddedStore

from . import Result, ms, timed
from .corpus import extractions
from .cypher import docs_for_edges

TARGET_RATIO = 1 / 1.5


def node_link_round_trip(graph: nx.MultiDiGraph, path: Path) -> nx.MultiDiGraph:
    """The baseline, made as durable as our store's save (fsync) so only the formats differ."""
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(nx.node_link_data(graph, edges="links"), fh, default=sorted, separators=(",", ":"))
        fh.flush()
        os.fsync(fh.fileno())
    with open(path, encoding="utf-8") as fh:
        return nx.node_link_graph(json.load(fh), edges="links")


def our_round_trip(batch: list[Extraction], folder: Path) -> nx.MultiDiGraph:
    """write() into an empty store, then a fresh store object reads the file and builds the graph."""
    EmbeddedStore(folder).write(batch)
    return EmbeddedStore(folder).graph()


def run(edges: int) -> list[Result]:
    batch = extractions(docs_for_edges(edges))
    with tempfile.TemporaryDirectory(prefix="graphload-bench-") as tmp:
        graph = our_round_trip(batch, Path(tmp, "warm"))
        ours = min(timed(lambda i=i: our_round_trip(batch, Path(tmp, f"ours-{i}")))[0] for i in range(2))
        baseline = min(timed(lambda: node_link_round_trip(graph, Path(tmp, "node-link.json")))[0] for _ in range(2))
    return [
        Result(f"embedded store: save + load, {graph.number_of_edges():,} edges vs node-link JSON", ms(ours),
               ms(baseline), baseline / ours, "within 1.5x (>= 0.67x)", baseline / ours >= TARGET_RATIO),
    ]
