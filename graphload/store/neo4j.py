"""The Neo4j backend: the same per-document claims and merged graph as the embedded store, kept
in a Neo4j 5 server so that a graph can outgrow one machine, and queried with Neo4j's Cypher.

What is stored:
- `(:Entity:<Type> {id, name, type, aliases, mention_count, doc_ids})`, merged by
  graph.fold_entity exactly as the embedded store merges it;
- `(:Document {id, path, title, loaded_at, words, seq, claims})`: `claims` is the document's
  claims as JSON (what the embedded store keeps per document), so that a replaced or forgotten
  document can be taken back exactly; `seq` is the load order, which decides evidence order and
  which document's property wins, as insertion order does in the embedded file. Both are
  internal: graph(), documents() and returned nodes leave them out;
- `(:Entity)-[:MENTIONED_IN {type, count}]->(:Document)`;
- `(:Entity)-[:<TYPE> {type, doc_ids, evidence, confidence, amount, currency, ...}]->(:Entity)`,
  merged by graph.fold_relation. Neo4j properties cannot hold maps, so `evidence` is stored as
  one JSON string (a list of {text, start, end, doc_id}). graph() decodes it; run() decodes it
  in returned nodes and relationships and in any string that is exactly such a JSON evidence
  list, so `RETURN r.evidence` gives the same Python list on both backends.

Each write(), forget() or merge_entities() is one managed write transaction (execute_write) of
`UNWIND $rows ...` statements with parameters only (entity labels via `$(...)`; relationship
types, which come from the relation rules, are checked identifiers, see _by_type), so a failure
leaves no half-written document. The merged values of what a transaction touches are
recomputed in Python: from their stored values when only new documents add to them (the common
case, whose cost grows with the batch and the touched nodes' doc_ids, not with the whole graph),
and from the remaining documents' claims when a document they relied on is replaced or
forgotten, or when a rewrite changed their own claims in it (graph.changed_keys).

After a write (or a whole load, see transaction()), a forget or a merge, the store-wide fold of
resolve.plan_folds runs as further transactions that each rewrite up to FOLD_DOCUMENTS documents
with merge_claims, so nodes end as the embedded store's; a crash between them leaves a consistent,
not yet (or partly) folded store that the next write folds. The claims a command (a load, write,
forget or merge) writes or reads stay in memory until it ends (Neo4jStore._known, up to
KEEP_CHARS), so that its fold rewrites them without reading them back; this assumes no other
process rewrites the same documents meanwhile.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import networkx as nx
from neo4j import Driver, GraphDatabase, ManagedTransaction
from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable
from neo4j.graph import Node, Path, Relationship

from ..model import Extraction
from ..query import QUERY_DIR
from ..resolve import plan_folds
from .base import Row, Store, StoreError
from .embedded import matches_document
from .graph import (
    RelKey,
    add_documents,
    changed_keys,
    claim_keys,
    document_node,
    fold_entity,
    fold_relation,
    labels,
    mention_counts,
    merge_claims,
    plain_data,
)
from .graph import stored_properties as _stored

SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
INTERNAL = frozenset({"claims", "seq"})  # Document properties only graphload itself reads
CHUNK = 1000  # rows per UNWIND statement; a transaction may run several
FOLD_DOCUMENTS = 2_000  # documents one transaction of the store-wide fold rewrites
KEEP_CHARS = 64_000_000  # claims (as JSON characters; ~5x that in memory) one command keeps for its fold
RELATION_TYPE = re.compile(r"[A-Z][A-Z0-9_]*")

Claims = dict[str, Any]
Merged = dict[str, Any] | None  # a merged node or edge; None once nothing supports it
Step = tuple[str, str, str, str]  # a merge: entity id, the id it becomes, that entity's name and type


class Known(NamedTuple):
    """A stored document as a command saw it: load order, claims, and their size as JSON (what KEEP_CHARS counts)."""

    seq: int
    claims: Claims
    size: int


def _properties(props: dict[str, Any]) -> dict[str, Any]:
    """Stored properties as the embedded store has them: internal ones dropped, evidence decoded."""
    out = {k: v for k, v in props.items() if k not in INTERNAL}
    if isinstance(out.get("evidence"), str):
        out["evidence"] = json.loads(out["evidence"])
    return out


def plain(value: Any) -> Any:
    """A returned value as plain Python: nodes and relationships become property dicts."""
    if isinstance(value, (Node, Relationship)):
        return _properties(dict(value))
    if isinstance(value, Path):
        return [plain(v) for v in (value.start_node, *(x for r in value.relationships for x in (r, r.end_node)))]
    if isinstance(value, (list, tuple, dict, str)):
        return plain_data(value, plain)
    return value.to_native() if hasattr(value, "to_native") else value


def _chunks(rows: list[Any]) -> Iterator[list[Any]]:
    for i in range(0, len(rows), CHUNK):
        yield rows[i : i + CHUNK]


def _by_documents(steps: list[Step], docs: dict[str, list[str]]) -> Iterator[list[str]]:
    """The documents that merges rewrite, FOLD_DOCUMENTS at a time (what the server's transaction memory
    takes): each document once with all its merges (chunks of merges rewrote a document for each chunk
    that named one of its entities), in the order of the merges, so that one merge's documents go together."""
    order: dict[str, None] = {}
    for merged, *_ in steps:
        order.update(dict.fromkeys(docs.get(merged) or []))
    ids = list(order)
    for i in range(0, len(ids), FOLD_DOCUMENTS):
        yield ids[i : i + FOLD_DOCUMENTS]


def _run_rows(tx: ManagedTransaction, cypher: str, rows: list[Any], **params: Any) -> None:
    for chunk in _chunks(rows):
        tx.run(cypher, rows=chunk, **params).consume()


def _by_type(rows: Iterable[tuple[str, dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """Relationship rows grouped by type, each type checked to be a plain identifier.

    The type is written into the statement (backquoted) rather than passed as `$(type)`: with a
    dynamic type Neo4j 5.26 expands every relationship of both endpoints, which made loads ~20x
    slower on entities with many mentions. Types come from the relation rules, never from text."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for type_, row in rows:
        if not RELATION_TYPE.fullmatch(type_):
            raise StoreError(f"{type_!r} is not a relationship type graphload can store")
        groups.setdefault(type_, []).append(row)
    return groups


def schema_statements() -> list[str]:
    """cypher/schema.cypher split into statements, comments dropped."""
    text = (QUERY_DIR / "schema.cypher").read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    return [s.strip() for s in body.split(";") if s.strip()]


class Neo4jStore(Store):
    """Credentials and database default to NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE; the
    server is asked once here, so a wrong URI, password or database fails before any work."""

    def __init__(self, uri: str, user: str | None = None, password: str | None = None,
                 database: str | None = None) -> None:
        parts = urlsplit(uri)
        self.database = database or os.environ.get("NEO4J_DATABASE") or "neo4j"
        self.where = f"{parts.scheme}://{parts.hostname or ''}{f':{parts.port}' if parts.port else ''}"
        if parts.scheme not in SCHEMES or not parts.hostname:
            raise StoreError(f"{self.where or uri!r} is not a Neo4j URI; use e.g. bolt://localhost:7687")
        if parts.username or parts.password:
            raise StoreError(f"{self.where}: put credentials in NEO4J_USER / NEO4J_PASSWORD, not in the URI")
        self.user = user or os.environ.get("NEO4J_USER") or "neo4j"
        secret = password if password is not None else os.environ.get("NEO4J_PASSWORD")
        self._password_given = bool(secret)
        self.driver: Driver = GraphDatabase.driver(  # notifications off: "unknown property" on an empty graph is noise
            uri, auth=(self.user, secret) if secret else None, notifications_min_severity="OFF")
        self._schema_applied = False
        self._loading = False  # inside transaction(): fold once at its end, not after every batch
        self._commands = 0  # nesting depth of write/forget/merge/transaction; self._known lives as long as it
        self._known: dict[str, Known] = {}  # documents this command read or committed, for its fold
        self._known_size = 0
        try:  # an auto-commit probe: managed transactions would retry a dead server for 30 s
            with self._errors(), self.driver.session(database=self.database) as session:
                session.run("RETURN 1").consume()
        except StoreError:
            self.driver.close()
            raise

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """Driver errors as one line a user can act on, naming the server (never the password)."""
        try:
            yield
        except ServiceUnavailable:
            raise StoreError(f"cannot reach Neo4j at {self.where}: is the server running "
                             "(docker compose up -d, or scripts/neo4j-local start)?") from None
        except AuthError:
            hint = "check NEO4J_USER / NEO4J_PASSWORD" if self._password_given else "set NEO4J_PASSWORD"
            raise StoreError(f"Neo4j at {self.where} refused user {self.user!r}: {hint}") from None
        except Neo4jError as exc:
            if exc.code == "Neo.ClientError.Database.DatabaseNotFound":
                raise StoreError(f"Neo4j at {self.where} has no database {self.database!r}: check "
                                 "NEO4J_DATABASE (Neo4j Community has only 'neo4j')") from None
            if exc.code == "Neo.ClientError.Statement.ParameterMissing":
                names = re.findall(r"\w+", (exc.message or "").split(":", 1)[-1])
                how = " ".join(f"-p {n} VALUE" for n in names)
                raise StoreError(f"the query needs parameters that were not given (use {how})") from None
            first = (exc.message or str(exc)).strip().splitlines()[0]
            raise StoreError(f"Neo4j at {self.where} ({self.database}): {first}") from None
        except DriverError as exc:
            raise StoreError(f"Neo4j at {self.where}: {type(exc).__name__}: {exc}") from None

    def _write(self, work: Any, *args: Any) -> Any:
        """One managed write transaction, after the schema constraints are in place. `work` returns its
        value and the documents it wrote, which are remembered only once the transaction has committed."""
        with self._errors():
            if not self._schema_applied:
                for statement in schema_statements():
                    self.driver.execute_query(statement, database_=self.database)
                self._schema_applied = True
            with self.driver.session(database=self.database) as session:
                value, written = session.execute_write(work, *args)
        for doc_id, known in written.items():
            self._remember(doc_id, known)
        return value

    def _read(self, cypher: str, **params: Any) -> list[dict[str, Any]]:
        with self._errors():
            records, _, _ = self.driver.execute_query(cypher, params, database_=self.database,
                                                      routing_="r")
        return [r.data() for r in records]

    @contextmanager
    def _command(self) -> Iterator[None]:
        """A write, forget, merge or whole load: its transactions share the claims they read and wrote, so
        that its fold need not read them back; forgotten when it ends, as another process may change the
        store before the next command."""
        self._commands += 1
        try:
            yield
        finally:
            self._commands -= 1
            if not self._commands:
                self._known.clear()
                self._known_size = 0

    def _remember(self, doc_id: str, known: Known | None) -> None:
        """Keep a document's committed claims (None: it is gone), within KEEP_CHARS: past it, a fold
        reads documents from the server as it would without this memory."""
        old = self._known.pop(doc_id, None)
        self._known_size -= old.size if old else 0
        if known and self._commands and self._known_size + known.size <= KEEP_CHARS:
            self._known[doc_id] = known
            self._known_size += known.size

    # -- Store interface -----------------------------------------------------------------------
    def write(self, extractions: Sequence[Extraction], force: bool = False) -> dict[str, int]:
        if not extractions:
            return {"added": 0, "replaced": 0, "unchanged": 0}
        with self._command():
            counts: dict[str, int] = self._write(self._write_tx, list(extractions), force)
            if not self._loading:
                self._fold()
        return counts

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Each batch commits on its own; the store-wide fold runs once when the load ends, as the
        embedded store folds once before it saves."""
        if self._loading:
            yield
            return
        with self._command():
            self._loading = True
            try:
                yield
            finally:
                self._loading = False
            self._fold()

    def _write_tx(self, tx: ManagedTransaction, extractions: list[Extraction], force: bool
                  ) -> tuple[dict[str, int], dict[str, Known | None]]:
        result = tx.run(
            "MATCH (d:Document) WHERE d.id IN $ids OR d.path IN $paths RETURN d.id AS id, d.path AS path",
            ids=[x.document.id for x in extractions], paths=[x.document.path for x in extractions])
        stored = {r["id"]: r["path"] for r in result}
        docs: dict[str, dict[str, Any] | None] = dict.fromkeys(stored)
        counts = add_documents(docs, {path: i for i, path in stored.items()}, extractions, force)
        added = [claims for claims in docs.values() if claims is not None]
        # gone: replaced by a new version at its path, or re-extracted under force (then added again)
        return counts, self._commit(tx, removed=[i for i in stored if docs.get(i) is not None or i not in docs],
                                    added=added)

    def forget(self, doc: str) -> list[str]:
        def work(tx: ManagedTransaction) -> tuple[list[str], dict[str, Known | None]]:
            rows = tx.run("MATCH (d:Document) RETURN d.id AS id, d.path AS path ORDER BY d.seq")
            gone = [r["id"] for r in rows if matches_document(doc, r["id"], r["path"])]
            return gone, self._commit(tx, removed=gone)

        with self._command():
            gone: list[str] = self._write(work)
            if gone:  # an actor that was ambiguous may not be any more, as in the embedded store
                self._fold()
        return gone

    def merge_entities(self, merged: str, into: str, name: str, type_: str) -> int:
        """Fold entity `merged` into `into` in every document that mentions it (as the embedded
        store does), in one transaction; returns how many documents changed."""
        def work(tx: ManagedTransaction) -> tuple[int, dict[str, Known | None]]:
            found = tx.run("MATCH (e:Entity {id: $id}) RETURN e.doc_ids AS d", id=merged).single()
            if found is None:
                raise StoreError(f"no entity {merged!r} in the store")
            return self._merge_tx(tx, [(merged, into, name, type_)], found["d"])

        with self._command():
            changed: int = self._write(work)
            self._fold()
        return changed

    def _fold(self) -> None:
        """The embedded store's fold (graph.fold_documents) as merges after a write: the same plan
        from the same merged nodes, applied in the same order with the same merge_claims."""
        while True:
            nodes = [{**row, "aliases": row["aliases"] or []} for row in self._read(
                "MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases")]
            plan = plan_folds(nodes)
            if not plan:
                return
            kept = {n["id"]: n for n in nodes}
            steps = [(merged, into, kept[into]["name"], kept[into]["type"]) for merged, into in sorted(plan.items())]
            docs = {row["id"]: row["d"] for row in self._read(
                "MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id, e.doc_ids AS d", ids=list(plan))}
            for chunk in _by_documents(steps, docs):  # a transaction per merge made a load's fold its slowest part
                self._write(self._merge_tx, steps, chunk)

    def _merge_tx(self, tx: ManagedTransaction, steps: list[Step], doc_ids: list[str]
                  ) -> tuple[int, dict[str, Known | None]]:
        """Merges applied in order to the claims of some documents, then written as one change, so what those
        documents support is recomputed once, not once per merge. Returns how many documents changed."""
        order = {merged: n for n, (merged, *_) in enumerate(steps)}
        rewritten: dict[str, Claims] = {}
        for doc_id, known in self._documents(tx, doc_ids).items():
            # the merges of entities it names (a plan never merges into an entity it merges)
            found = sorted({order[e["id"]] for e in known.claims["entities"] if e["id"] in order})
            if found:  # a shallow copy: merge_claims replaces what it changes, and the old claims stay to compare
                claims = rewritten[doc_id] = dict(known.claims)
                for n in found:
                    merge_claims(claims, *steps[n])
        return len(rewritten), self._commit(tx, rewritten=rewritten)

    def documents(self) -> list[Row]:
        rows = self._read("MATCH (d:Document) RETURN properties(d) AS d ORDER BY d.path")
        out = []
        for row in rows:
            claims = json.loads(row["d"]["claims"])
            out.append({**_properties(row["d"]), "entities": len(claims["entities"]),
                        "relations": len(claims["relations"])})
        return out

    def stats(self) -> dict[str, dict[str, int]]:
        labels = self._read("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n")
        types = self._read("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n")
        return {"nodes": {r["label"]: r["n"] for r in labels}, "relationships": {r["type"]: r["n"] for r in types}}

    def graph(self) -> nx.MultiDiGraph:
        g = nx.MultiDiGraph()
        for row in self._read("MATCH (n) WHERE n.id IS NOT NULL RETURN labels(n) AS labels, properties(n) AS p"):
            g.add_node(row["p"]["id"], __labels__=labels(*sorted(row["labels"])), **_properties(row["p"]))
        for row in self._read("MATCH (a)-[r]->(b) RETURN a.id AS a, b.id AS b, type(r) AS t, properties(r) AS p"):
            g.add_edge(row["a"], row["b"], key=row["t"], __labels__=labels(row["t"]), **_properties(row["p"]))
        return g

    def run(self, cypher: str, params: dict[str, Any] | None = None) -> list[Row]:
        with self._errors():
            records, _, keys = self.driver.execute_query(cypher, params or {}, database_=self.database)
        return [{k: plain(record[k]) for k in keys} for record in records]

    def close(self) -> None:
        self.driver.close()

    # -- one transaction's changes ---------------------------------------------------------------
    def _documents(self, tx: ManagedTransaction, ids: Collection[str]) -> dict[str, Known]:
        """Stored documents, from this command's memory where it has them, else from the server."""
        found = {i: self._known[i] for i in ids if i in self._known}
        missing = [i for i in ids if i not in found]
        if missing:
            for r in tx.run("MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.seq AS seq, "
                            "d.claims AS claims", ids=missing):
                found[r["id"]] = known = Known(r["seq"], json.loads(r["claims"]), len(r["claims"]))
                self._remember(r["id"], known)  # committed: true whatever this transaction does
        return found

    def _commit(self, tx: ManagedTransaction, removed: Sequence[str] = (),
                rewritten: dict[str, Claims] | None = None,
                added: Sequence[Claims] = ()) -> dict[str, Known | None]:
        """Remove documents, replace stored documents' claims, append new documents, and bring every
        entity and relation whose claims that changes to what build_graph would make of the result.
        Returns the documents written (None: removed)."""
        rewritten = rewritten or {}
        before = self._documents(tx, [*removed, *rewritten])
        # What lost a supporting document, or whose claims a rewrite changed, is recomputed from all that
        # still supports it; the rest of a rewritten document's claims are as they were.
        redo_e: set[str] = set()
        redo_r: set[RelKey] = set()
        for doc_id in removed:
            e, r = claim_keys(before[doc_id].claims)
            redo_e |= e
            redo_r |= r
        for doc_id, claims in rewritten.items():
            e, r = changed_keys(before[doc_id].claims, claims)
            redo_e |= e
            redo_r |= r
        # What only gains documents starts from its stored value.
        new_e: set[str] = set()
        new_r: set[RelKey] = set()
        for claims in added:
            e, r = claim_keys(claims)
            new_e |= e - redo_e
            new_r |= r - redo_r
        stored_e = self._entities(tx, redo_e | new_e)
        stored_r = self._relations(tx, redo_r | new_r)
        support = set(rewritten).union(*(stored_e[k]["doc_ids"] for k in redo_e if k in stored_e),
                                       *(stored_r[k]["doc_ids"] for k in redo_r if k in stored_r))
        support -= set(removed)
        entities: dict[str, Merged] = {**{k: stored_e.get(k) for k in new_e}, **dict.fromkeys(redo_e)}
        relations: dict[RelKey, Merged] = {**{k: stored_r.get(k) for k in new_r}, **dict.fromkeys(redo_r)}
        docs = {**self._documents(tx, support - rewritten.keys()),
                **{i: before[i]._replace(claims=claims) for i, claims in rewritten.items()}}
        for known in sorted(docs.values(), key=lambda k: k.seq):
            self._fold_claims(known.claims, entities, relations, redo_e, redo_r)
        for claims in added:
            self._fold_claims(claims, entities, relations, None, None)
        return self._save(tx, removed, {i: (before[i], docs[i]) for i in rewritten}, added, entities, relations)

    @staticmethod
    def _fold_claims(claims: Claims, entities: dict[str, Merged], relations: dict[RelKey, Merged],
                     only_e: set[str] | None, only_r: set[RelKey] | None) -> None:
        """Add one document's claims to the merged values (only to the keys given, if any)."""
        doc_id = claims["document"]["id"]
        for ent in claims["entities"]:
            if only_e is None or ent["id"] in only_e:
                entities[ent["id"]] = fold_entity(entities.get(ent["id"]), ent, doc_id)
        for rel in claims["relations"]:
            key = (rel["head"], rel["type"], rel["tail"])
            if only_r is None or key in only_r:
                relations[key] = fold_relation(relations.get(key), rel, doc_id)

    @staticmethod
    def _entities(tx: ManagedTransaction, ids: set[str]) -> dict[str, dict[str, Any]]:
        """Stored merged entities, as fold_entity makes them."""
        return {row["p"]["id"]: {"__labels__": labels(*sorted(row["l"])), **_properties(row["p"])} for row in tx.run(
            "MATCH (e:Entity) WHERE e.id IN $ids RETURN labels(e) AS l, properties(e) AS p", ids=list(ids))}

    @staticmethod
    def _relations(tx: ManagedTransaction, keys: set[RelKey]) -> dict[RelKey, dict[str, Any]]:
        """Stored merged relations, as fold_relation makes them."""
        found = {}
        for type_, rows in _by_type((t, {"h": h, "t": tail}) for h, t, tail in keys).items():
            for chunk in _chunks(rows):
                for row in tx.run(f"UNWIND $rows AS k MATCH (h:Entity {{id: k.h}})-[r:`{type_}`]->"
                                  "(t:Entity {id: k.t}) RETURN h.id AS h, t.id AS t, properties(r) AS p", rows=chunk):
                    found[(row["h"], type_, row["t"])] = {"__labels__": labels(type_), **_properties(row["p"])}
        return found

    @staticmethod
    def _save(tx: ManagedTransaction, removed: Sequence[str], rewritten: dict[str, tuple[Known, Known]],
              added: Sequence[Claims], entities: dict[str, Merged], relations: dict[RelKey, Merged]
              ) -> dict[str, Known | None]:
        """Write the outcome: documents first, then entities, then the mentions and relations between them.
        Returns the documents written (None: removed)."""
        written: dict[str, Known | None] = dict.fromkeys(removed)
        _run_rows(tx, "UNWIND $rows AS id MATCH (d:Document {id: id}) DETACH DELETE d", list(removed))
        rows = []
        for doc_id, (_, new) in rewritten.items():
            text = json.dumps(new.claims, ensure_ascii=False)
            written[doc_id] = new._replace(size=len(text))
            rows.append({"id": doc_id, "claims": text})
        _run_rows(tx, "UNWIND $rows AS row MATCH (d:Document {id: row.id}) SET d.claims = row.claims", rows)
        last = tx.run("MATCH (d:Document) WHERE d.seq IS NOT NULL RETURN d.seq AS s ORDER BY d.seq DESC LIMIT 1")
        seq = (last.single() or {"s": 0})["s"]  # read from the document_seq index, not a scan
        rows = []
        for n, claims in enumerate(added, seq + 1):
            text = json.dumps(claims, ensure_ascii=False)
            written[claims["document"]["id"]] = Known(n, claims, len(text))
            rows.append({**_stored(document_node(claims["document"])), "seq": n, "claims": text})
        _run_rows(tx, "UNWIND $rows AS row CREATE (d:Document) SET d = row", rows)
        gone = {i for i, e in entities.items() if e is None}  # DETACH DELETE takes their mentions and relations
        _run_rows(tx, "UNWIND $rows AS id MATCH (e:Entity {id: id}) DETACH DELETE e", list(gone))
        _run_rows(tx, "UNWIND $rows AS row MERGE (e:Entity {id: row.p.id}) SET e = row.p SET e:$(row.type)",
                  [{"p": _stored(e), "type": e["type"]} for e in entities.values() if e is not None])
        # A rewritten document's mentions change where its counts did; one row per document with parallel
        # lists, and the last count of an entity listed twice, as build_graph does.
        changed, dropped = [], []
        for doc_id, (old, new) in rewritten.items():
            was, now = mention_counts(old.claims), mention_counts(new.claims)
            dropped += [{"d": doc_id, "e": e} for e in was.keys() - now.keys() - gone]
            changed.append((doc_id, {e: c for e, c in now.items() if was.get(e) != c}))
        _run_rows(tx, "UNWIND $rows AS row MATCH (:Entity {id: row.e})-[m:MENTIONED_IN]->(:Document {id: row.d}) "
                      "DELETE m", dropped)
        # a new document has no mentions yet: CREATE them, no need to MERGE
        for verb, counts in (("MERGE", changed), ("CREATE", [(c["document"]["id"], mention_counts(c)) for c in added])):
            _run_rows(tx, "UNWIND $rows AS row MATCH (d:Document {id: row.d}) UNWIND range(0, size(row.e) - 1) AS i "
                          f"MATCH (e:Entity {{id: row.e[i]}}) {verb} (e)-[m:MENTIONED_IN]->(d) "
                          "SET m.type = 'MENTIONED_IN', m.count = row.c[i]",
                      [{"d": doc_id, "e": list(c), "c": list(c.values())} for doc_id, c in counts if c])
        for type_, rows in _by_type((t, {"h": h, "t": tail}) for (h, t, tail), r in relations.items()
                                    if r is None and h not in gone and tail not in gone).items():
            _run_rows(tx, f"UNWIND $rows AS k MATCH (:Entity {{id: k.h}})-[r:`{type_}`]->(:Entity {{id: k.t}}) "
                          "DELETE r", rows)
        for type_, rows in _by_type((t, {"h": h, "t": tail, "p": _stored(r)}) for (h, t, tail), r in relations.items()
                                    if r is not None).items():
            _run_rows(tx, f"UNWIND $rows AS row MATCH (h:Entity {{id: row.h}}), (t:Entity {{id: row.t}}) "
                          f"MERGE (h)-[r:`{type_}`]->(t) SET r = row.p", rows)
        return written
