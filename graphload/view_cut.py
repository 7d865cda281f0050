"""Cut a stored graph down to what one HTML view should draw, and say what was left out.

Kept apart from the page writer so the cuts are testable without a browser."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import networkx as nx


@dataclass
class Cut:
    """The entities and relations to draw, plus plain-language notes on how they were chosen."""

    graph: nx.MultiDiGraph
    notes: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # names of the best-connected entities dropped


def entity_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Entities and the relations between them: Documents are provenance, not actors."""
    view = nx.MultiDiGraph()
    view.add_nodes_from((n, d) for n, d in graph.nodes(data=True) if "Entity" in d.get("__labels__", ()))
    view.add_edges_from(
        (u, v, k, d) for u, v, k, d in graph.edges(keys=True, data=True)
        if u in view and v in view and d.get("type") != "MENTIONED_IN"
    )
    return view


def find_entities(graph: nx.MultiDiGraph, name: str) -> list[str]:
    """Ids of entities whose name or an alias equals `name`, ignoring case (what a user types)."""
    wanted = name.casefold().strip()
    return [
        n for n, d in graph.nodes(data=True)
        if "Entity" in d.get("__labels__", ())
        and wanted in {s.casefold() for s in [d.get("name", ""), *d.get("aliases", ())]}
    ]


def cut_graph(
    graph: nx.MultiDiGraph, *, focus: str | None = None, depth: int = 1, types: Sequence[str] | None = None,
    min_confidence: float = 0.0, max_nodes: int | None = None,
) -> Cut:
    """Apply the cuts in the order a reader expects: which relations count, whose neighbourhood,
    then how many nodes fit. Edge filters drop entities left without any drawn relation."""
    if depth < 0 or (max_nodes is not None and max_nodes < 1):
        raise ValueError("depth must be 0 or more and max_nodes 1 or more")
    view = entity_graph(graph)
    notes: list[str] = []
    wanted = {t.upper() for t in types} if types else None
    if wanted is not None or min_confidence > 0:
        drop = [
            (u, v, k) for u, v, k, d in view.edges(keys=True, data=True)
            if (wanted is not None and d.get("type") not in wanted) or d.get("confidence", 0.0) < min_confidence
        ]
        view.remove_edges_from(drop)
        if wanted is not None:
            notes.append("relation types: " + ", ".join(sorted(wanted)))
        if min_confidence > 0:
            notes.append(f"confidence at least {min_confidence:g}")
    focused: list[str] = []
    if focus is not None:
        focused = find_entities(view, focus)
        if not focused:
            raise ValueError(f"no entity named {focus!r} (names and aliases are matched, ignoring case)")
        near = set(focused)
        undirected = view.to_undirected(as_view=True)
        for node in focused:
            near |= set(nx.single_source_shortest_path_length(undirected, node, cutoff=depth))
        view = nx.MultiDiGraph(view.subgraph(near))
        notes.append(f"within {depth} step{'s' if depth != 1 else ''} of {focus}")
    elif wanted is not None or min_confidence > 0:
        view.remove_nodes_from([n for n in list(view) if view.degree(n) == 0])
    left_out: list[str] = []
    if max_nodes is not None and view.number_of_nodes() > max_nodes:
        total_nodes, total_edges = view.number_of_nodes(), view.number_of_edges()
        ranked = sorted(view, key=lambda n: (n not in focused, -view.degree(n),
                                             -view.nodes[n].get("mention_count", 0), view.nodes[n].get("name", n)))
        left_out = [view.nodes[n].get("name", n) for n in ranked[max_nodes:]]
        view = nx.MultiDiGraph(view.subgraph(ranked[:max_nodes]))
        notes.append(
            f"only the {max_nodes} most connected of {total_nodes} entities are drawn: "
            f"{total_nodes - max_nodes} entities and {total_edges - view.number_of_edges()} "
            f"of {total_edges} relations left out"
        )
    return Cut(view, notes, left_out)
