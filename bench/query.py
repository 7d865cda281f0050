"""`graphload query who_penalized_whom` on a large store, each run in a fresh process as a user runs
it: wall time and peak memory of the client plus the embedded engine's server, against the engine the
embedded store had before FalkorDB (grand-cypher on the networkx graph of the same graph.json; a
dev dependency kept for this baseline) and against the same query on a two-document store, at each
store size asked for."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from graphload.store import EmbeddedStore

from . import Result, in_child

TARGET_SECONDS, TARGET_MB, TARGET_SMALL = 1.0, 400, 1.5
SMALL_TARGET_DOCS = 20_000  # the issue sets "within 1.5x of two documents" for this size; larger ones report it

WRITE = ("from bench.corpus import extractions\nfrom graphload.store import EmbeddedStore\n"
         "with EmbeddedStore({folder!r}) as s:\n    s.write(extractions({docs}))")
# The command's work (open, query, format the table) plus the peaks of the store's warm server and its watcher.
OURS = """
import json, re
import graphload
from graphload.output import format_rows
with graphload.open_store({folder!r}) as store:
    rows = graphload.query("who_penalized_whom", store=store)
    format_rows(rows, "table")
    state = json.load(open({folder!r} + "/falkordb/server.json"))
    peaks = [re.search(r"VmHWM:\\s+(\\d+)", open(f"/proc/{{state[k]}}/status").read())[1] for k in ("server", "pid")]
    print(json.dumps({{"rows": len(rows), "server_kb": sum(map(int, peaks))}}))
"""
# The embedded store's query path before FalkorDB: the whole graph.json into networkx, then grand-cypher
# on a copy keyed 0, 1, ... that shares the attribute dicts (grand-cypher 1.2.0 needs integer edge keys).
BEFORE = """
import json
import networkx as nx
from grandcypher import GrandCypher
from graphload.output import format_rows
from graphload.query import named_queries
from graphload.store.graph import build_graph
with open({folder!r} + "/graph.json", encoding="utf-8") as fh:
    docs = json.load(fh)["documents"]
graph = build_graph(docs.pop(i) for i in list(docs))
copy = nx.MultiDiGraph()
copy._node = graph._node
for node in graph:
    copy._adj[node], copy._pred[node] = {{}}, {{}}
for u, successors in graph.adj.items():
    for v, keyed in successors.items():
        copy._adj[u][v] = copy._pred[v][u] = dict(enumerate(keyed.values()))
result = GrandCypher(copy).run(named_queries()["who_penalized_whom"].text)
rows = [dict(zip(result, values)) for values in zip(*result.values())]
format_rows(rows, "table")
print(json.dumps({{"rows": len(rows), "server_kb": 0}}))
"""


def measure(code: str, folder: Path) -> tuple[float, float, int]:
    """(seconds, peak MB of client + server, rows)."""
    seconds, peak, out = in_child(code.format(folder=str(folder)))
    measured = json.loads(out.strip().splitlines()[-1])
    return seconds, peak + measured["server_kb"] / 1024, measured["rows"]


def stop(*folders: Path) -> None:
    """Stop the stores' warm servers: the next command starts one and loads the dump (a cold start)."""
    for folder in folders:
        EmbeddedStore(folder).stop()


def run(sizes: list[int]) -> list[Result]:
    """The rows for each store size: the issue's targets are set at 20,000 and 100,000 documents."""
    return [row for docs in sizes for row in run_size(docs)]


def run_size(docs: int) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="graphload-bench-") as tmp:
        big, small = Path(tmp, "big"), Path(tmp, "small")
        in_child(WRITE.format(folder=str(big), docs=docs))
        in_child(WRITE.format(folder=str(small), docs=2))
        try:
            first = measure(OURS, big)  # a load of most of the store leaves the index to the first query
            measure(OURS, small)
            stop(big, small)  # the peak below is a server that loaded the dump, not one that built it
            cold = measure(OURS, big)
            ours = min((measure(OURS, big) for _ in range(2)), key=lambda m: m[0])
            measure(OURS, small)
            tiny = min((measure(OURS, small) for _ in range(2)), key=lambda m: m[0])
        finally:
            stop(big, small)
        before = measure(BEFORE, big)
    if ours[2] != before[2]:
        raise AssertionError(f"who_penalized_whom: {ours[2]} rows on FalkorDB, {before[2]} before")
    stage = f"query who_penalized_whom, {docs:,} docs ({ours[2]:,} rows)"
    small = tiny[0] / ours[0]
    if docs <= SMALL_TARGET_DOCS:
        small_target, small_ok = f"within {TARGET_SMALL}x (>= {1 / TARGET_SMALL:.2f}x)", small >= 1 / TARGET_SMALL
    else:
        small_target, small_ok = "report", None
    return [
        Result(f"{stage}: the first query after the load, which builds the index", f"{first[0]:.2f} s",
               f"{before[0]:.2f} s", before[0] / first[0], "report"),
        Result(f"{stage}: the first query after its server stopped, which loads the dump", f"{cold[0]:.2f} s",
               f"{before[0]:.2f} s", before[0] / cold[0], "report"),
        Result(f"{stage}: wall vs grand-cypher (the store before)", f"{ours[0]:.2f} s", f"{before[0]:.2f} s",
               before[0] / ours[0], f"< {TARGET_SECONDS:.0f} s", ours[0] < TARGET_SECONDS),
        Result(f"{stage}: peak client + server vs grand-cypher", f"{ours[1]:,.0f} MB", f"{before[1]:,.0f} MB",
               before[1] / ours[1], f"< {TARGET_MB} MB", ours[1] < TARGET_MB),
        Result(f"{stage}: wall vs the same on 2 docs", f"{ours[0]:.2f} s", f"{tiny[0]:.2f} s", small, small_target,
               small_ok),
    ]
