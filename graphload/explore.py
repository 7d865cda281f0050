"""`show NAME`: find an entity by a loose spelling and gather its aliases, neighbours and evidence."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from .resolve import match_key


@dataclass
class Neighbour:
    direction: str  # "out" (this entity -> other) or "in"
    type: str
    other: str
    properties: dict[str, Any]
    evidence: list[dict[str, Any]]


@dataclass
class EntityView:
    id: str
    name: str
    type: str
    aliases: list[str]
    mention_count: int
    documents: list[str]
    relations: list[Neighbour] = field(default_factory=list)


def entity_nodes(graph: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    return {n: d for n, d in graph.nodes(data=True) if "Entity" in d.get("__labels__", ())}


def find_entity(graph: nx.MultiDiGraph, name: str, fuzzy: bool = True) -> tuple[str | None, list[str]]:
    """(node id, other candidates): exact name or alias first, then the closest spellings
    ("zeker" -> ZAKER) unless `fuzzy` is off. Two equally close candidates are reported, not guessed."""
    entities = entity_nodes(graph)
    key = match_key(name)
    exact = [n for n, d in entities.items() if key in {match_key(s) for s in (d["name"], *d.get("aliases", ()))}]
    if len(exact) == 1:
        return exact[0], []
    if exact or not fuzzy:
        return None, sorted(entities[n]["name"] for n in exact)
    by_key: dict[str, str] = {}
    for n, d in entities.items():
        for surface in (d["name"], *d.get("aliases", ())):
            by_key.setdefault(match_key(surface), n)
    close = difflib.get_close_matches(key, list(by_key), n=5, cutoff=0.75)
    nodes = list(dict.fromkeys(by_key[k] for k in close))
    if len(nodes) == 1 or (nodes and difflib.SequenceMatcher(None, key, close[0]).ratio() >= 0.85):
        return nodes[0], sorted(entities[n]["name"] for n in nodes[1:])
    return None, sorted(entities[n]["name"] for n in nodes)


def describe(graph: nx.MultiDiGraph, node: str) -> EntityView:
    """Everything the graph says about one entity, relations sorted by type then name."""
    data = graph.nodes[node]
    docs = {n: d for n, d in graph.nodes(data=True) if "Document" in d.get("__labels__", ())}
    titles = {n: d.get("title") or d.get("path", n) for n, d in docs.items()}
    paths = {n: d.get("path", n) for n, d in docs.items()}
    view = EntityView(node, data["name"], data["type"], list(data.get("aliases", [])),
                      data.get("mention_count", 0), [titles.get(d, d) for d in data.get("doc_ids", [])])
    edges = [("out", v, d) for _, v, d in graph.out_edges(node, data=True)]
    edges += [("in", u, d) for u, _, d in graph.in_edges(node, data=True)]
    for direction, other, d in edges:
        if d.get("type") == "MENTIONED_IN":
            continue
        props = {k: v for k, v in d.items() if k not in ("__labels__", "type", "evidence", "doc_ids")}
        view.relations.append(Neighbour(direction, d["type"], graph.nodes[other].get("name", other), props,
                                        [dict(e, document=paths.get(e.get("doc_id"), "")) for e in d["evidence"]]))
    view.relations.sort(key=lambda r: (r.type, r.direction, r.other))
    return view
