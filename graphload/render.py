"""Interactive HTML views with pyvis: one self-contained file that opens offline."""

from __future__ import annotations

import html
import re
from pathlib import Path

import networkx as nx
from pyvis.network import Network

TYPE_STYLE = {
    "Organization": {"color": "#4e79a7", "shape": "dot"},
    "Person": {"color": "#f28e2b", "shape": "diamond"},
    "Product": {"color": "#59a14f", "shape": "square"},
}
RELATION_COLOURS = {
    "PENALIZED": "#e15759", "DISMISSED": "#b07aa1", "SUED": "#ff9da7", "APOLOGIZED_TO": "#9c755f",
    "LEAKED": "#edc948", "WORKS_FOR": "#bab0ac", "MEMBER_OF": "#76b7b2", "FOUNDED": "#59a14f",
}


def entity_view(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Only entities and the relations between them (documents are provenance, not actors)."""
    keep = [n for n, d in graph.nodes(data=True) if "Entity" in d.get("__labels__", ())]
    view = nx.MultiDiGraph()
    view.add_nodes_from((n, graph.nodes[n]) for n in keep)
    view.add_edges_from(
        (u, v, k, d) for u, v, k, d in graph.edges(keys=True, data=True) if u in view and v in view
    )
    return view


def edge_label(data: dict) -> str:
    label = data.get("type", "")
    if data.get("amount") is not None:
        label += f" {data['amount']:,} {data.get('currency', '')}".rstrip()
    return label


def write_view(graph: nx.MultiDiGraph, path: str | Path, title: str = "graphload") -> Path:
    """Write the view; every document-derived string is HTML-escaped before pyvis sees it."""
    view = entity_view(graph)
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line",
                  heading=html.escape(title))
    for node, data in view.nodes(data=True):
        style = TYPE_STYLE.get(data.get("type", ""), {"color": "#999", "shape": "dot"})
        net.add_node(node, label=html.escape(data.get("name", node)), title=html.escape(
            f"{data.get('name')} ({data.get('type')})"), size=10 + 3 * view.degree(node), **style)
    for u, v, data in view.edges(data=True):
        evidence = "\n".join(ev["text"] for ev in data.get("evidence", []))
        net.add_edge(u, v, label=html.escape(edge_label(data)), title=html.escape(evidence),
                     color=RELATION_COLOURS.get(data.get("type", ""), "#888"))
    page = net.generate_html(notebook=False)
    page = re.sub(r"<link[^>]+https?://[^>]+>|<script[^>]+src=\"https?://[^>]+></script>", "", page)
    out = Path(path)
    out.write_text(page, encoding="utf-8")
    return out
