"""The embedded store's save + load against networkx's own node-link JSON dump and load of the
same graph, and the memory the store needs once it holds many documents."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import networkx as nx

from graphload.model import Extraction
from graphload.store import EmbeddedStore

from . import Result, in_child, ms, timed
from .corpus import extractions
from .cypher import docs_for_edges
from .query import OURS, WRITE, measure, stop

TARGET_RATIO, TARGET_MB = 1 / 1.5, 1024


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


def memory(documents: int, folder: Path) -> tuple[float, float]:
    """(seconds, peak MB of the process and its FalkorDB server) of opening a store of `documents`
    corpus documents in a fresh process and answering who_penalized_whom; the store is written by
    another process first, and its first query (which builds the index) is done."""
    in_child(WRITE.format(folder=str(folder), docs=documents))
    try:
        measure(OURS, folder)
        stop(folder)  # the peak of a server that loaded the dump, not of the one that built it
        seconds, peak, _ = measure(OURS, folder)
    finally:
        stop(folder)
    return seconds, peak


def run(edges: int, memory_docs: int) -> list[Result]:
    batch = extractions(docs_for_edges(edges))
    with tempfile.TemporaryDirectory(prefix="graphload-bench-") as tmp:
        graph = our_round_trip(batch, Path(tmp, "warm"))
        ours = min(timed(lambda i=i: our_round_trip(batch, Path(tmp, f"ours-{i}")))[0] for i in range(2))
        baseline = min(timed(lambda: node_link_round_trip(graph, Path(tmp, "node-link.json")))[0] for _ in range(2))
        seconds, peak = memory(memory_docs, Path(tmp, "memory"))
    return [
        Result(f"embedded store: save + load, {graph.number_of_edges():,} edges vs node-link JSON", ms(ours),
               ms(baseline), baseline / ours, "within 1.5x (>= 0.67x)", baseline / ours >= TARGET_RATIO),
        Result(f"embedded store: open + query {memory_docs:,} documents, peak memory with its server",
               f"{peak:,.0f} MB", f"({seconds:.1f} s)", None, f"< {TARGET_MB:,} MB", peak < TARGET_MB),
    ]
