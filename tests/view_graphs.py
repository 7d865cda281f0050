"""Small graphs in the stored shape (built by store.graph.build_graph), for the view tests."""

from __future__ import annotations

from typing import Any

import networkx as nx

from graphload.store.graph import build_graph

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
