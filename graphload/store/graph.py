"""Merge per-document claims into one property graph (the shape both backends expose)."""

from __future__ import annotations

import bisect
import functools
import gc
import json
from collections.abc import Callable, Iterable, Iterator, MutableMapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ..model import Extraction
from ..names import name_rank
from ..resolve import plan_folds

if TYPE_CHECKING:  # networkx is imported by build_graph, not by a query on the embedded store
    import networkx as nx

EVIDENCE_KEYS = {"text", "start", "end", "doc_id"}


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cycle collector off while claims are parsed, merged, folded or written (also as a
    decorator): they hold no cycles, reference counting frees them, and each full collection would scan
    every object the store has built so far (a save + load of 16,666 documents spent half its time there)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def stored_properties(merged: dict[str, Any]) -> dict[str, Any]:
    """A merged node or edge as properties of a Cypher engine: no label set, evidence as one JSON
    string (neither Neo4j nor FalkorDB properties hold maps)."""
    props = {k: v for k, v in merged.items() if k != "__labels__"}
    if "evidence" in props:
        props["evidence"] = json.dumps(props["evidence"], ensure_ascii=False)
    return props


def decode_evidence(value: str) -> list[dict[str, Any]] | None:
    """The evidence list if `value` is one stored as JSON, else None (the string is just text)."""
    if not value.startswith('[{"'):
        return None
    try:
        items = json.loads(value)
    except ValueError:
        return None
    if isinstance(items, list) and all(isinstance(i, dict) and set(i) == EVIDENCE_KEYS for i in items):
        return items
    return None


def plain_data(value: Any, plain: Callable[[Any], Any]) -> Any:
    """Lists, dicts and stored evidence strings as plain Python, their items converted by the backend's
    `plain`; any other value unchanged. Both backends return query rows through this."""
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, str):
        evidence = decode_evidence(value)
        return value if evidence is None else evidence
    return value


def claims_of(extraction: Extraction, loaded_at: str) -> dict[str, Any]:
    """What a store keeps per document: enough to rebuild, replace or forget it exactly."""
    data = extraction.to_json()
    doc = extraction.document
    data["document"].update(loaded_at=loaded_at, words=doc.words)
    for rel in data["relations"]:
        for ev in rel["evidence"]:
            ev["doc_id"] = doc.id
    return data


@gc_paused()
def add_documents(docs: MutableMapping[str, Any], paths: dict[str, str], extractions: Sequence[Extraction],
                  force: bool = False) -> dict[str, int]:
    """Add new documents' claims to `docs` (id -> claims, in load order; `paths`: path -> id):
    one already stored is unchanged (replaced with `force`, e.g. after the alias file changed);
    new text at a stored path replaces it. Both backends plan their writes with this, so they
    agree on what a load changes."""
    counts = {"added": 0, "replaced": 0, "unchanged": 0}
    now = datetime.now(UTC).isoformat(timespec="seconds")
    for ex in extractions:
        doc = ex.document
        if doc.id in docs:
            if force:
                docs[doc.id] = claims_of(ex, now)
            counts["replaced" if force else "unchanged"] += 1
            continue
        stale = paths.get(doc.path)
        if stale is not None:
            docs.pop(stale, None)
        counts["replaced" if stale is not None else "added"] += 1
        docs[doc.id] = claims_of(ex, now)
        paths[doc.path] = doc.id
    return counts


@functools.cache
def labels(*names: str) -> frozenset[str]:
    """One shared, immutable label set per combination: a store of 100k documents has ~600k
    edges, and a set object per edge would cost ~130 MB for six distinct values."""
    return frozenset(names)


def document_node(doc: dict[str, Any]) -> dict[str, Any]:
    """A Document node's attributes from a document's stored header."""
    return {"__labels__": labels("Document"), "id": doc["id"], "path": doc["path"], "title": doc["title"],
            "loaded_at": doc.get("loaded_at", ""), "words": doc.get("words", 0)}


def insert_sorted(items: list[str], item: str) -> None:
    """Keep a sorted list of distinct values in place: folding an actor named in n documents stays
    O(n log n) overall instead of re-sorting the whole list for every document."""
    i = bisect.bisect_left(items, item)
    if i == len(items) or items[i] != item:
        items.insert(i, item)


def fold_entity(node: dict[str, Any] | None, ent: dict[str, Any], doc_id: str) -> dict[str, Any]:
    """Add one document's claim about an entity to its merged node (None: the first claim).
    Both backends merge through here, so they agree on what a merged entity is. Of the names that
    documents give it, the best-ranked is the node's name and the others are aliases, whatever
    the load order."""
    if node is None:
        node = {"__labels__": labels("Entity", ent["type"]), "id": ent["id"], "name": ent["name"],
                "type": ent["type"], "aliases": [], "mention_count": 0, "doc_ids": []}
    elif ent["name"] != node["name"]:  # documents name it differently: the best-ranked name shows
        other = ent["name"]
        if name_rank(other) > name_rank(node["name"]):
            node["name"], other = other, node["name"]
            if node["name"] in node["aliases"]:
                node["aliases"].remove(node["name"])
        insert_sorted(node["aliases"], other)
    for alias in ent["aliases"]:
        if alias != node["name"]:
            insert_sorted(node["aliases"], alias)
    node["mention_count"] += len(ent["mentions"])
    insert_sorted(node["doc_ids"], doc_id)
    return node


def fold_relation(edge: dict[str, Any] | None, rel: dict[str, Any], doc_id: str) -> dict[str, Any]:
    """Add one document's claim of (head, type, tail) to the merged edge (None: the first claim):
    the first document to give a property wins, evidence accumulates in load order."""
    if edge is None:
        edge = {"__labels__": labels(rel["type"]), "type": rel["type"], "doc_ids": [], "evidence": [],
                "confidence": 0.0}
    for name, value in rel["properties"].items():
        edge.setdefault(name, value)
    insert_sorted(edge["doc_ids"], doc_id)
    edge["evidence"].extend(dict(ev, doc_id=doc_id) for ev in rel["evidence"])
    edge["confidence"] = max(edge["confidence"], rel["confidence"])
    return edge


def mention_counts(claims: dict[str, Any]) -> dict[str, int]:
    """Mentions per entity in one document (of an entity listed twice, the last entry)."""
    return {ent["id"]: len(ent["mentions"]) for ent in claims["entities"]}


@gc_paused()
def build_graph(documents: Iterable[dict[str, Any]]) -> nx.MultiDiGraph:
    """Entities (one node per id), Documents, MENTIONED_IN edges and one edge per
    (head, type, tail) carrying doc_ids and every evidence sentence; labels in `__labels__` sets."""
    import networkx as nx

    g = nx.MultiDiGraph()
    for claims in documents:
        doc = claims["document"]
        g.add_node(doc["id"], **document_node(doc))
        for ent in claims["entities"]:
            g.add_node(ent["id"], **fold_entity(g.nodes.get(ent["id"]), ent, doc["id"]))
        for entity, count in mention_counts(claims).items():
            g.add_edge(entity, doc["id"], key="MENTIONED_IN", __labels__=labels("MENTIONED_IN"), type="MENTIONED_IN",
                       count=count)
        for rel in claims["relations"]:
            head, key, tail = rel["head"], rel["type"], rel["tail"]
            edge = g.edges[head, tail, key] if g.has_edge(head, tail, key) else None
            g.add_edge(head, tail, key=key, **fold_relation(edge, rel, doc["id"]))
    return g


def merge_claims(claims: dict[str, Any], merged: str, into: str, name: str, type_: str) -> None:
    """Rewrite one document's claims so that entity `merged` is entity `into`; relations that
    become duplicates are joined, and ones from the entity to itself are dropped."""
    entities = {e["id"]: e for e in claims["entities"]}
    old = entities.pop(merged)
    # a copy: the claims' own entity dicts stay as they were, so a copy of `claims` made before is a true old version
    new = entities[into] = dict(entities.get(into) or {"id": into, "name": name, "type": type_, "aliases": [],
                                                       "mentions": []})
    new["aliases"] = sorted({*new["aliases"], *old["aliases"], old["name"]} - {new["name"]})
    new["mentions"] = sorted({tuple(m) for m in new["mentions"] + old["mentions"]})
    claims["entities"] = sorted(entities.values(), key=lambda e: e["id"])
    relations: dict[tuple[str, str, str], dict[str, Any]] = {}
    for old_rel in claims["relations"]:  # copied, not changed: the old claims still name what they said
        head, tail = (into if x == merged else x for x in (old_rel["head"], old_rel["tail"]))
        if head == tail:
            continue
        rel = {**old_rel, "head": head, "tail": tail}
        key = (head, rel["type"], tail)
        if key in relations:
            kept = relations[key]
            kept["evidence"] = kept["evidence"] + [e for e in rel["evidence"] if e not in kept["evidence"]]
            kept["confidence"] = max(kept["confidence"], rel["confidence"])
            kept["properties"] = {**rel["properties"], **kept["properties"]}
        else:
            relations[key] = rel
    claims["relations"] = list(relations.values())


RelKey = tuple[str, str, str]  # (head id, TYPE, tail id)


def claim_keys(claims: dict[str, Any]) -> tuple[set[str], set[RelKey]]:
    """The entities and relations one document's claims touch."""
    return ({e["id"] for e in claims["entities"]},
            {(r["head"], r["type"], r["tail"]) for r in claims["relations"]})


def _claims_by_key(claims: dict[str, Any]) -> tuple[dict[str, list[Any]], dict[RelKey, list[Any]]]:
    entities: dict[str, list[Any]] = {}
    relations: dict[RelKey, list[Any]] = {}
    for ent in claims["entities"]:
        entities.setdefault(ent["id"], []).append(ent)
    for rel in claims["relations"]:
        relations.setdefault((rel["head"], rel["type"], rel["tail"]), []).append(rel)
    return entities, relations


def changed_keys(old: dict[str, Any], new: dict[str, Any]) -> tuple[set[str], set[RelKey]]:
    """The entities and relations whose claims differ between two versions of one document's claims:
    rewriting the document (a merge) changes the merged values of these alone, so only they need
    recomputing, not everything the document names."""
    (old_e, old_r), (new_e, new_r) = _claims_by_key(old), _claims_by_key(new)
    return ({k for k in old_e.keys() | new_e.keys() if old_e.get(k) != new_e.get(k)},
            {k for k in old_r.keys() | new_r.keys() if old_r.get(k) != new_r.get(k)})


def refold(documents: Iterable[dict[str, Any]], entities: set[str], relations: set[RelKey]
           ) -> tuple[dict[str, dict[str, Any] | None], dict[RelKey, dict[str, Any] | None]]:
    """The merged values of some entities and relations, as build_graph would make them from all of
    `documents` (in load order); None for one that no document supports any more."""
    nodes: dict[str, dict[str, Any] | None] = dict.fromkeys(entities)
    edges: dict[RelKey, dict[str, Any] | None] = dict.fromkeys(relations)
    for claims in documents:
        doc_id = claims["document"]["id"]
        for ent in claims["entities"]:
            if ent["id"] in nodes:
                nodes[ent["id"]] = fold_entity(nodes[ent["id"]], ent, doc_id)
        for rel in claims["relations"]:
            key = (rel["head"], rel["type"], rel["tail"])
            if key in edges:
                edges[key] = fold_relation(edges[key], rel, doc_id)
    return nodes, edges


def entity_nodes(documents: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The merged entity nodes of some documents' claims (what build_graph makes of them)."""
    nodes: dict[str, dict[str, Any]] = {}
    for claims in documents:
        for ent in claims["entities"]:
            nodes[ent["id"]] = fold_entity(nodes.get(ent["id"]), ent, claims["document"]["id"])
    return list(nodes.values())


@gc_paused()
def fold_documents(docs: MutableMapping[str, Any]) -> int:
    """Rewrite stored claims until no two nodes are one actor (resolve.plan_folds), with the
    merge_claims that `aliases merge` uses; returns how many documents changed. The embedded store
    runs it after every write and forget; Neo4j applies the same plan with merge_entities."""
    changed: set[str] = set()
    while True:
        nodes = {n["id"]: n for n in entity_nodes(docs.values())}
        plan = plan_folds(nodes.values())
        if not plan:
            return len(changed)
        for merged, into in sorted(plan.items()):
            for doc_id in nodes[merged]["doc_ids"]:
                merge_claims(docs[doc_id], merged, into, nodes[into]["name"], nodes[into]["type"])
            changed.update(nodes[merged]["doc_ids"])
