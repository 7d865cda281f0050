"""write_view against pyvis's own Network.write_html for the same graph, and how long the page
takes to settle in headless Chromium."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from graphload.render import write_view
from tests.browser import Browser, chromium_path
from tests.view_graphs import synthetic

from . import Result, best_of, ms, not_run

WRITE_TARGET, SETTLE_TARGET = 1.0, 10.0


def pyvis_page(graph: nx.MultiDiGraph, path: Path) -> None:
    """The obvious alternative: pyvis straight from networkx (labels only, no evidence or cuts)."""
    net = Network(directed=True, cdn_resources="in_line")
    for node, data in graph.nodes(data=True):
        net.add_node(node, label=data.get("name", node))
    for head, tail, key in graph.edges(keys=True):
        net.add_edge(head, tail, title=key)
    net.write_html(str(path))


def settle_seconds(page: Path) -> float:
    """From navigation until the view reports that its layout has settled."""
    browser = Browser(chromium_path() or "chromium")
    try:
        started = time.perf_counter()
        tab = browser.open(page.as_uri())
        tab.wait_for("window.graphloadView && window.graphloadView.settled !== null", timeout=60)
        return time.perf_counter() - started
    finally:
        browser.close()


def run(nodes: int, edges: int) -> list[Result]:
    graph = synthetic(nodes, edges)
    with tempfile.TemporaryDirectory(prefix="graphload-bench-") as tmp:
        ours = best_of(3, lambda: write_view(graph, Path(tmp, "ours.html")))
        baseline = best_of(3, lambda: pyvis_page(graph, Path(tmp, "pyvis.html")))
        rows = [Result(f"render: write page, {nodes:,} nodes / {edges:,} edges vs pyvis", ms(ours), ms(baseline),
                       baseline / ours, f"< {ms(WRITE_TARGET)}", ours < WRITE_TARGET)]
        stage, target = "render: page settles in headless Chromium", f"< {SETTLE_TARGET:g} s"
        if not chromium_path():
            return rows + [not_run(stage, target, "no chromium")]
        settled = settle_seconds(Path(tmp, "ours.html"))
        return rows + [Result(stage, f"{settled:.1f} s", target=target, ok=settled < SETTLE_TARGET)]
