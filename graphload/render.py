"""Interactive HTML views: one self-contained file that opens offline and can be e-mailed.

The page is our own small template with vis-network inlined from pyvis's package files, because
pyvis's template links Bootstrap from a CDN, writes `heading` unescaped and switches tooltips to
innerHTML. All document-derived text travels as JSON inside the page and is only ever put into
the DOM as text."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis

from .view_cut import cut_graph

ENTITY_STYLES = {
    "Organization": {"color": "#4e79a7", "shape": "square", "symbol": "■"},
    "Person": {"color": "#f28e2b", "shape": "dot", "symbol": "●"},
    "Product": {"color": "#59a14f", "shape": "triangle", "symbol": "▲"},
}
OTHER_ENTITY = {"color": "#8c8c8c", "shape": "diamond", "symbol": "◆"}
RELATION_COLOURS = {
    "PENALIZED": "#d62728", "DISMISSED": "#9467bd", "SUED": "#e377c2", "APOLOGIZED_TO": "#8c564b",
    "LEAKED": "#ff7f0e", "WORKS_FOR": "#7f7f7f", "MEMBER_OF": "#17becf", "FOUNDED": "#2ca02c",
    "SUPPLIER_OF": "#bcbd22", "PARTNERS_WITH": "#1f77b4", "ACQUIRED": "#393b79", "INVESTED_IN": "#637939",
    "REGULATES": "#843c39", "INVESTIGATED": "#e7969c",
}
OTHER_RELATION = "#aaaaaa"
LARGE_NODES, LARGE_EDGES = 300, 1000  # above either, default physics takes tens of seconds to settle
LABEL_CHARS = 40
LEFT_OUT_SHOWN = 20


def write_view(
    graph: nx.MultiDiGraph, path: str | Path, *, title: str = "graphload", focus: str | None = None,
    depth: int = 1, types: Sequence[str] | None = None, min_confidence: float = 0.0,
    max_nodes: int | None = None,
) -> Path:
    """Cut the graph, then write one HTML file with no external reference; returns its path.

    Raises ValueError when `focus` names no entity (names and aliases, ignoring case)."""
    cut = cut_graph(graph, focus=focus, depth=depth, types=types, min_confidence=min_confidence,
                    max_nodes=max_nodes)
    data = view_data(cut.graph, documents_of(graph))
    data["notes"] = cut.notes
    data["leftOut"] = cut.left_out[:LEFT_OUT_SHOWN]
    data["leftOutMore"] = max(0, len(cut.left_out) - LEFT_OUT_SHOWN)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page(title, data), encoding="utf-8")
    return out


def documents_of(graph: nx.MultiDiGraph) -> dict[str, dict[str, str]]:
    return {
        n: {"title": d.get("title") or d.get("path") or n, "path": d.get("path", "")}
        for n, d in graph.nodes(data=True) if "Document" in d.get("__labels__", ())
    }


def amount_text(amount: Any) -> str:
    """Thousands separators so 3000000 reads as 3,000,000; whole floats lose their '.0'."""
    if isinstance(amount, float) and amount.is_integer():
        amount = int(amount)
    if isinstance(amount, int):
        return f"{amount:,}"
    return f"{amount:,.2f}" if isinstance(amount, float) else str(amount)


def edge_label(data: dict[str, Any]) -> str:
    """The relation type, and for a penalty its amount and currency: the headline fact."""
    label = data.get("type", "")
    if data.get("amount") is not None:
        label += f" {amount_text(data['amount'])} {data.get('currency') or ''}".rstrip()
    return label


def physics_options(nodes: int, edges: int) -> tuple[dict[str, Any], bool]:
    """vis-network options by size, and whether to freeze the layout once stabilised.

    Large graphs get straight edges, 100 stabilisation iterations and no physics afterwards:
    measured ~60 s to settle 2,000 nodes / 8,000 edges with defaults, a few seconds like this."""
    if nodes <= LARGE_NODES and edges <= LARGE_EDGES:
        return {
            "physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 300},
                        "forceAtlas2Based": {"gravitationalConstant": -100, "springLength": 160}},
            "edges": {"smooth": {"type": "continuous"}},
        }, False
    return {
        "physics": {"solver": "barnesHut", "stabilization": {"iterations": 100, "updateInterval": 25},
                    "barnesHut": {"gravitationalConstant": -4000, "springLength": 120}},
        "edges": {"smooth": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hideEdgesOnDrag": True, "hideEdgesOnZoom": True},
    }, True


def view_data(view: nx.MultiDiGraph, documents: dict[str, dict[str, str]]) -> dict[str, Any]:
    """Everything the page script needs, as plain JSON-able values (raw text, not HTML)."""
    nodes = []
    for node, d in view.nodes(data=True):
        name = str(d.get("name", node))
        style = ENTITY_STYLES.get(d.get("type", ""), OTHER_ENTITY)
        nodes.append({
            "id": node, "name": name, "type": d.get("type", "Entity"), "aliases": list(d.get("aliases", [])),
            "label": name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1] + "…",
            "mentions": d.get("mention_count", 0), "docs": list(d.get("doc_ids", [])),
            "value": view.degree(node) + math.sqrt(d.get("mention_count", 0)),
            "shape": style["shape"], "color": style["color"],
        })
    edges = []
    parallel: Counter[frozenset[str]] = Counter()
    for i, (u, v, d) in enumerate(view.edges(data=True)):
        edge = {
            "id": i, "from": u, "to": v, "type": d.get("type", ""), "label": edge_label(d),
            "color": RELATION_COLOURS.get(d.get("type", ""), OTHER_RELATION),
            "width": 1 + min(len(d.get("doc_ids", [])), 4), "confidence": d.get("confidence"),
            "amount": d.get("amount"), "amountText": amount_text(d["amount"]) if d.get("amount") is not None else "",
            "currency": d.get("currency") or "", "docs": list(d.get("doc_ids", [])),
            "evidence": [{"text": ev.get("text", ""), "doc": ev.get("doc_id", "")} for ev in d.get("evidence", [])],
        }
        pair = frozenset((u, v))
        if parallel[pair]:  # bend the 2nd, 3rd... edge between two entities so each stays clickable
            edge["smooth"] = {"type": "curvedCW", "roundness": 0.3 * parallel[pair]}
        parallel[pair] += 1
        edges.append(edge)
    options, freeze = physics_options(len(nodes), len(edges))
    options = merge(base_options(), options)
    present_types = {e["type"] for e in edges}
    relation_order = [t for t in RELATION_COLOURS if t in present_types] + sorted(present_types - set(RELATION_COLOURS))
    entity_types = sorted({n["type"] for n in nodes}, key=lambda t: (t not in ENTITY_STYLES, t))
    cited = {doc for n in nodes for doc in n["docs"]} | {ev["doc"] for e in edges for ev in e["evidence"]}
    return {
        "nodes": nodes, "edges": edges, "options": options, "freeze": freeze,
        "documents": {doc: documents[doc] for doc in sorted(cited) if doc in documents},
        "relationStyles": {t: {"color": RELATION_COLOURS.get(t, OTHER_RELATION)} for t in relation_order},
        "entityStyles": {t: ENTITY_STYLES.get(t, OTHER_ENTITY) for t in entity_types},
    }


def base_options() -> dict[str, Any]:
    return {
        "nodes": {"scaling": {"min": 10, "max": 40, "label": {"enabled": True, "min": 12, "max": 22}},
                  "font": {"size": 14}},
        "edges": {"arrows": "to", "font": {"size": 11, "strokeWidth": 3}},
        "interaction": {"hover": True, "tooltipDelay": 150},
        "layout": {"randomSeed": 7},  # the colleague who gets the file sees the same picture
    }


def merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Nested dict merge, so size-specific options refine rather than replace the common ones."""
    out = dict(base)
    for key, value in extra.items():
        out[key] = merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def script_json(value: Any) -> str:
    """JSON that cannot end its <script> element: '</script>' or '<!--' in a sentence stays data."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@cache
def assets() -> dict[str, str]:
    """The template, our script and vis-network as shipped inside pyvis (the one source of it)."""
    vis = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    templates = files("graphload") / "templates"
    return {
        "template": (templates / "view.html").read_text(encoding="utf-8"),
        "VIEW_JS": (templates / "view.js").read_text(encoding="utf-8"),
        "VIS_JS": (vis / "vis-network.min.js").read_text(encoding="utf-8"),
        "VIS_CSS": (vis / "vis-network.css").read_text(encoding="utf-8"),
    }


def script_hashes(*scripts: str) -> str:
    """CSP sources allowing exactly our inline scripts: anything injected would not run."""
    return " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in scripts)


def page(title: str, data: dict[str, Any]) -> str:
    """Fill the template in one pass, so text inserted for one slot is never scanned for another."""
    parts = {**assets(), "TITLE": html.escape(title), "DATA": script_json(data)}
    parts["SCRIPT_HASHES"] = script_hashes(parts["VIS_JS"], parts["VIEW_JS"])
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: parts[m.group(1)], parts["template"])
