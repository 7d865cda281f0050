"""Small graphs in the stored shape (built by store.graph.build_graph), for the view tests."""

from __future__ import annotations

import random
from typing import Any

import networkx as nx

from graphload.store.graph import build_graph

RELATION_TYPES = (  # DESIGN.md's relationship types
    "PENALIZED", "DISMISSED", "SUED", "APOLOGIZED_TO", "LEAKED", "WORKS_FOR", "MEMBER_OF", "FOUNDED",
    "SUPPLIER_OF", "PARTNERS_WITH", "ACQUIRED", "INVESTED_IN", "REGULATES", "INVESTIGATED",
)
Relation = tuple[str, str, str, str, float, dict[str, Any]]  # head, TYPE, tail, sentence, confidence, props


def graph_of(title: str, entities: dict[str, tuple[str, list[str]]], relations: list[Relation],
             path: str = "cases/doc.txt") -> nx.MultiDiGraph:
    """One document; `entities` maps name -> (type, aliases); relations are between those names."""
    ids = {name: f"{type_.lower()}:{i}" for i, (name, (type_, _)) in enumerate(entities.items())}
    claims = {
        "document": {"id": "sha256:doc", "path": path, "title": title},
        "entities": [{"id": ids[name], "name": name, "type": type_, "aliases": aliases, "mentions": [[0, 1]]}
                     for name, (type_, aliases) in entities.items()],
        "relations": [{"head": ids[h], "type": t, "tail": ids[tail], "properties": props,
                       "evidence": [{"text": sentence, "start": 0, "end": len(sentence)}], "confidence": conf}
                      for h, t, tail, sentence, conf, props in relations],
    }
    return build_graph([claims])


def chain() -> nx.MultiDiGraph:
    """Acme -PENALIZED-> Beta -SUED-> Cato -WORKS_FOR-> Dana, and Eve with no relation."""
    return graph_of("Chain story", {
        "Acme": ("Organization", []), "Beta": ("Organization", ["Beta Corp"]), "Cato": ("Organization", []),
        "Dana": ("Person", []), "Eve": ("Person", []),
    }, [
        ("Acme", "PENALIZED", "Beta", "Acme fined Beta 3 million yuan.", 0.9,
         {"amount": 3000000, "currency": "CNY"}),
        ("Beta", "SUED", "Cato", "Beta sued Cato.", 0.5, {}),
        ("Cato", "WORKS_FOR", "Dana", "Cato works for Dana.", 0.7, {}),
    ])


IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "</script><script>alert(2)</script>"
HREF = '<a href="javascript:alert(3)">href</a><img src=y onerror=alert(4)>'


def hostile() -> nx.MultiDiGraph:
    """Names, an alias, a sentence and a document title carrying markup that must stay text."""
    return graph_of(f"Leak {IMG}", {
        f"Evil {IMG}": ("Organization", [SCRIPT]), f"Victim {HREF}": ("Person", []),
    }, [
        (f"Evil {IMG}", "PENALIZED", f"Victim {HREF}", f"They said {SCRIPT} and {HREF} then {IMG}.", 0.8,
         {"amount": 5, "currency": "USD"}),
    ], path=f"cases/{IMG}.txt")


def synthetic(nodes: int, edges: int, seed: int = 1) -> nx.MultiDiGraph:
    """A random graph of the stored shape, skewed so a few entities have many relations (like news)."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    g.add_node("sha256:doc", __labels__={"Document"}, id="sha256:doc", path="synthetic.txt", title="Synthetic")
    types = ("Person", "Organization", "Product")
    for i in range(nodes):
        g.add_node(f"e{i}", __labels__={"Entity", types[i % 3]}, name=f"Entity {i}", type=types[i % 3],
                   aliases=[], mention_count=rng.randint(1, 50), doc_ids=["sha256:doc"])
    while g.number_of_edges() < edges:
        u, v = int(rng.random() * rng.random() * nodes), rng.randrange(nodes)
        kind = rng.choice(RELATION_TYPES)
        if u != v and not g.has_edge(f"e{u}", f"e{v}", kind):
            g.add_edge(f"e{u}", f"e{v}", key=kind, __labels__={kind}, type=kind, doc_ids=["sha256:doc"],
                       evidence=[{"text": f"Entity {u} and Entity {v}.", "start": 0, "end": 1, "doc_id": "sha256:doc"}],
                       confidence=0.8)
    return g
