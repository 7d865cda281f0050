"""The graph in the formats analysts' other tools read: GraphML and GEXF (Gephi), node-link JSON
(networkx, d3) and CSV files in the header format of `neo4j-admin database import`."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import networkx as nx

FORMATS = ("graphml", "gexf", "json", "csv")
ARRAY_DELIMITER = ";"  # neo4j-admin's default for string[] columns


def plain_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Label sets as sorted lists: what JSON can hold and what node-link readers give back."""
    out = nx.MultiDiGraph()
    for n, d in graph.nodes(data=True):
        # the node key is the id: a second "id" attribute would clash with node-link's own "id"
        out.add_node(n, **{k: sorted(v) if isinstance(v, (set, frozenset)) else v for k, v in d.items() if k != "id"})
    for u, v, k, d in graph.edges(keys=True, data=True):
        out.add_edge(u, v, key=k, **{a: sorted(b) if isinstance(b, (set, frozenset)) else b for a, b in d.items()})
    return out


def flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Scalar attributes only (GraphML/GEXF): labels joined with ':', lists and maps as JSON text.
    An edge's type is stored as `relation` and `label`, because GEXF reserves `type` and `id`."""

    def flat(data: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in data.items():
            if key == "__labels__":
                out["labels"] = ":".join(sorted(value))
            elif isinstance(value, (list, tuple, dict)):
                out[key] = json.dumps(value, ensure_ascii=False)
            elif value is not None:
                out[key] = value
        return out

    out = nx.MultiDiGraph()
    for n, d in graph.nodes(data=True):
        out.add_node(n, label=d.get("name") or d.get("title") or n, **flat(d))
    for u, v, k, d in graph.edges(keys=True, data=True):
        attrs = flat({a: b for a, b in d.items() if a != "type"})
        out.add_edge(u, v, key=k, relation=d.get("type", k), label=d.get("type", k), **attrs)
    return out


def _json(graph: nx.MultiDiGraph, path: Path) -> list[Path]:
    data = nx.node_link_data(plain_graph(graph), edges="edges")
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return [path]


def _csv_type(values: list[Any]) -> str:
    """neo4j-admin column type from the values seen: int, float, boolean, string[] or string."""
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, bool) for v in present):
        return ":boolean"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return ":long"
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return ":double"
    if present and all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in present):
        return ":string[]"
    return ""


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list) and all(isinstance(x, str) for x in value):
        return ARRAY_DELIMITER.join(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _write_csv(path: Path, fixed: list[str], rows: list[tuple[list[str], dict[str, Any]]]) -> Path:
    """One header row (`fixed` columns then typed property columns) and one row per item."""
    props = sorted({k for _, d in rows for k in d})
    header = fixed + [f"{p}{_csv_type([d.get(p) for _, d in rows])}" for p in props]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for values, d in rows:
            writer.writerow(values + [_csv_cell(d.get(p)) for p in props])
    return path


def _csv(graph: nx.MultiDiGraph, directory: Path) -> list[Path]:
    """nodes-<Label>.csv per kind of node and relationships.csv, ready for
    `neo4j-admin database import full --nodes=... --relationships=...`."""
    directory.mkdir(parents=True, exist_ok=True)
    groups: dict[str, list[tuple[list[str], dict[str, Any]]]] = {}
    for n, d in graph.nodes(data=True):
        labels = sorted(d.get("__labels__", ()))
        props = {k: v for k, v in d.items() if k not in ("__labels__", "id")}
        groups.setdefault("-".join(labels), []).append(([n, ";".join(labels)], props))
    written = [_write_csv(directory / f"nodes-{name}.csv", ["id:ID", ":LABEL"], rows)
               for name, rows in sorted(groups.items())]
    edges = [([u, v, k], {a: b for a, b in d.items() if a not in ("__labels__", "type")})
             for u, v, k, d in graph.edges(keys=True, data=True)]
    written.append(_write_csv(directory / "relationships.csv", [":START_ID", ":END_ID", ":TYPE"], edges))
    return written


def export(graph: nx.MultiDiGraph, fmt: str, path: str | Path) -> list[Path]:
    """Write `graph` as `fmt` to `path` (a directory for csv); returns the files written."""
    target = Path(path)
    if fmt == "json":
        return _json(graph, target)
    if fmt == "csv":
        return _csv(graph, target)
    if fmt == "graphml":
        nx.write_graphml(flat_graph(graph), target)
    elif fmt == "gexf":
        nx.write_gexf(flat_graph(graph), target)
    else:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    return [target]
