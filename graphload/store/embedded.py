"""The default store: per-document claims in one JSON file, merged into a networkx graph,
queried with grand-cypher. Writes are atomic and serialised by a lock file."""

from __future__ import annotations

import fcntl
import json
import logging
import math
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import networkx as nx
from grandcypher import GrandCypher

from ..model import Extraction
from .base import Row, Store, StoreError
from .graph import add_documents, build_graph, fold_documents, merge_claims

log = logging.getLogger(__name__)

FILE_NAME = "graph.json"
FORMAT = {"format": "graphload-store", "version": 1}


def cypher_literal(value: Any) -> str:
    """A parameter as a Cypher literal that can only ever be a value, never syntax."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, (int, float)) and math.isfinite(value):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    return '"' + "".join(_escape(ch) for ch in str(value)) + '"'


def _escape(ch: str) -> str:
    """grand-cypher reads a string literal as a one-line Python literal: escape quotes, backslashes and
    every unprintable character (newlines, NUL, ...) so that any text stays one value."""
    if ch in '\\"':
        return "\\" + ch
    if ch.isprintable():
        return ch
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
# what substitution must not touch: string literals, `identifiers` and // comments
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`|//[^\n]*')


def substitute_params(cypher: str, params: dict[str, Any]) -> str:
    """Replace $name outside string literals; grand-cypher has no parameters of its own."""
    def fill(segment: str) -> str:
        def one(m: re.Match[str]) -> str:
            if m.group(1) not in params:
                raise StoreError(f"query uses ${m.group(1)} but no value was given (use -p {m.group(1)} VALUE)")
            return cypher_literal(params[m.group(1)])
        return _PARAM.sub(one, segment)

    out, last = [], 0
    for m in _STRING.finditer(cypher):
        out += [fill(cypher[last : m.start()]), m.group(0)]
        last = m.end()
    out.append(fill(cypher[last:]))
    return "".join(out)


def matches_document(query: str, doc_id: str, path: str) -> bool:
    """`forget` takes an id, a unique-enough id prefix (8+ hex digits) or the path it was loaded from."""
    digest, wanted = doc_id.removeprefix("sha256:"), query.removeprefix("sha256:")
    return query in (doc_id, path) or (len(wanted) >= 8 and digest.startswith(wanted))


def _plain(value: Any) -> Any:
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    return value


class EmbeddedStore(Store):
    def __init__(self, path: str | os.PathLike[str] = "graphload-store") -> None:
        self.dir = Path(path)
        self.file = self.dir / FILE_NAME
        self._docs: dict[str, dict[str, Any]] | None = None
        self._graph: nx.MultiDiGraph | None = None
        self._query_copy: tuple[nx.MultiDiGraph, nx.MultiDiGraph] | None = None  # (graph, copy for grand-cypher)
        self._pending: tuple[dict[str, dict[str, Any]], dict[str, str]] | None = None  # inside transaction()

    # -- persistence -------------------------------------------------------------------------
    def _read(self) -> dict[str, dict[str, Any]]:
        if not self.file.exists():
            return {}
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise StoreError(f"{self.file}: cannot read the store ({exc})") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT["format"] \
                or not isinstance(data.get("documents"), dict):
            raise StoreError(f"{self.file}: not a graphload store (move it away or use another --store)")
        return data["documents"]

    def _load(self) -> dict[str, dict[str, Any]]:
        if self._docs is None:
            self._docs = self._read()
        return self._docs

    @contextmanager
    def _locked(self) -> Iterator[dict[str, dict[str, Any]]]:
        """Exclusive lock, fresh read, then atomic replace: a crash leaves the old or the new file.
        A second process waits for the first (and says so) rather than interleaving writes."""
        self.dir.mkdir(parents=True, exist_ok=True)
        with open(self.dir / ".lock", "w") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                log.warning("%s: another graphload process is writing to this store; waiting for it", self.dir)
                fcntl.flock(lock, fcntl.LOCK_EX)
            docs = self._read()
            yield docs
            self._save(docs)
            self._docs, self._graph = docs, None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Hold the lock across many write() calls and save once at the end: a load is all or
        nothing, and a large load rewrites the file (and folds actors store-wide) once instead of
        once per batch."""
        if self._pending is not None:  # nested: the outer transaction saves
            yield
            return
        with self._locked() as docs:
            self._pending = (docs, {d["document"]["path"]: i for i, d in docs.items()})
            try:
                yield
                fold_documents(docs)  # once per load: the fold reads the whole store
            finally:
                self._pending = None

    def _save(self, docs: dict[str, dict[str, Any]]) -> None:
        fd, tmp = tempfile.mkstemp(prefix=".graph-", suffix=".tmp", dir=self.dir)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({**FORMAT, "documents": docs}, fh, ensure_ascii=False, separators=(",", ":"))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.file)
            dir_fd = os.open(self.dir, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    # -- Store interface -----------------------------------------------------------------------
    def write(self, extractions: Sequence[Extraction], force: bool = False) -> dict[str, int]:
        with self.transaction():
            assert self._pending is not None
            return add_documents(*self._pending, extractions, force)

    def forget(self, doc: str) -> list[str]:
        with self._locked() as docs:
            gone = [i for i, d in docs.items() if matches_document(doc, i, d["document"]["path"])]
            for i in gone:
                del docs[i]
            if gone:  # an actor that was ambiguous may not be any more
                fold_documents(docs)
        return gone

    def merge_entities(self, merged: str, into: str, name: str, type_: str) -> int:
        if merged not in self.graph():
            raise StoreError(f"no entity {merged!r} in the store")
        changed = 0
        with self._locked() as docs:
            for claims in docs.values():
                if any(e["id"] == merged for e in claims["entities"]):
                    merge_claims(claims, merged, into, name, type_)
                    changed += 1
            fold_documents(docs)
        return changed

    def documents(self) -> list[Row]:
        return [
            {**d["document"], "entities": len(d["entities"]), "relations": len(d["relations"])}
            for d in sorted(self._load().values(), key=lambda d: d["document"]["path"])
        ]

    def graph(self) -> nx.MultiDiGraph:
        if self._graph is None and self._docs is None:
            # Read for the graph alone: each document's parsed claims are released as soon as they
            # are merged, so the peak is about the graph, not the graph plus the whole parsed file.
            docs = self._read()
            self._graph = build_graph(docs.pop(doc_id) for doc_id in list(docs))
        elif self._graph is None:
            self._graph = build_graph(self._load().values())
        return self._graph

    def _query_graph(self) -> nx.MultiDiGraph:
        """The graph as grand-cypher needs it. grand-cypher 1.2.0 drops every match of a WHERE that
        tests both endpoints when multigraph edge keys are strings (ours are relation types), so it
        gets a copy whose edges are keyed 0, 1, ... The copy shares the graph's node and edge attribute
        dicts (set into networkx's adjacency dicts directly), so a 100k-document store is not held twice."""
        graph = self.graph()
        if self._query_copy is None or self._query_copy[0] is not graph:
            copy = nx.MultiDiGraph()
            copy._node = graph._node  # the same node attribute dicts
            for node in graph:
                copy._adj[node], copy._pred[node] = {}, {}
            for u, successors in graph.adj.items():
                for v, keyed in successors.items():
                    shared = dict(enumerate(keyed.values()))
                    copy._adj[u][v] = shared
                    copy._pred[v][u] = shared
            self._query_copy = (graph, copy)
        return self._query_copy[1]

    def run(self, cypher: str, params: dict[str, Any] | None = None) -> list[Row]:
        query = substitute_params(cypher, params or {})
        try:
            result = GrandCypher(self._query_graph()).run(query)
        except Exception as exc:  # grand-cypher raises lark and plain errors alike
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreError(f"the embedded store cannot run this query: {first}") from None
        columns = list(result)
        n = len(result[columns[0]]) if columns else 0
        return [{c: _plain(result[c][i]) for c in columns} for i in range(n)]
