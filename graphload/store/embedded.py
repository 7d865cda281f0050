"""The default store: per-document claims in one JSON file (the source of truth: atomic writes,
serialised by a lock file), merged into a networkx graph for Python users and exports, and into an
embedded FalkorDB graph (falkor.py) that runs Cypher."""

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
from functools import cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..model import Extraction
from .base import Row, Store, StoreError
from .graph import add_documents, build_graph, fold_documents, gc_paused, merge_claims

if TYPE_CHECKING:
    import networkx as nx

    from .falkor import Engine

log = logging.getLogger(__name__)

FILE_NAME = "graph.json"
INDEX_DIR = "falkordb"  # the FalkorDB dump, derived from graph.json
FORMAT = {"format": "graphload-store", "version": 1}
EMPTY = "empty"  # the fingerprint of a store without graph.json
LARGE = 10_000  # documents: a query that first rebuilds the index of this many says so

_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
# where a $ is not a parameter: string literals, `identifiers` and comments
_NOT_CODE = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`|//[^\n]*|/\*.*?\*/', re.S)
_PARSE_ERROR = re.compile(r"errMsg: (?P<msg>.*?) line: (?P<line>\d+), column: (?P<col>\d+), offset: (?P<off>\d+)")


def query_parameters(cypher: str) -> set[str]:
    """The $names a query uses, outside string literals and comments."""
    return set(_PARAM.findall(_NOT_CODE.sub(" ", cypher)))


def check_parameters(cypher: str, params: dict[str, Any]) -> None:
    """Say which -p a query needs, and refuse values the engine cannot take as parameters."""
    missing = sorted(query_parameters(cypher) - set(params))
    if missing:
        how = " ".join(f"-p {name} VALUE" for name in missing)
        raise StoreError(f"the query needs parameters that were not given (use {how})")
    for name, value in params.items():
        if isinstance(value, str) and "\0" in value:
            raise StoreError(f"parameter ${name} contains a NUL character, which the embedded store cannot take")
        if isinstance(value, float) and not math.isfinite(value):
            raise StoreError(f"parameter ${name} is {value}, which the embedded store cannot take")


@cache
def _hints() -> list[tuple[re.Pattern[str], str]]:
    import yaml

    text = (Path(__file__).parent / "falkordb.yml").read_text(encoding="utf-8")
    return [(re.compile(h["construct"], re.I), h["says"]) for h in yaml.safe_load(text)]


def refusal(cypher: str, message: str) -> str:
    """FalkorDB's error as one line that names the construct: where a parse failed, and what to write
    instead of a construct Neo4j runs and FalkorDB does not (falkordb.yml)."""
    first = message.strip().splitlines()[0] if message.strip() else "refused"
    parse = _PARSE_ERROR.search(first)
    if parse:
        offset = int(parse["off"])
        near = " ".join(cypher[max(0, offset - 15) : offset + 25].split())
        first = f"{parse['msg'].split(':')[0]} at line {parse['line']}, column {parse['col']}, near '{near}'"
    hints = [says for construct, says in _hints() if construct.search(cypher)]
    return "the embedded store (FalkorDB) cannot run this query: " + first + (f" ({hints[0]})" if hints else "")


def matches_document(query: str, doc_id: str, path: str) -> bool:
    """`forget` takes an id, a unique-enough id prefix (8+ hex digits) or the path it was loaded from."""
    digest, wanted = doc_id.removeprefix("sha256:"), query.removeprefix("sha256:")
    return query in (doc_id, path) or (len(wanted) >= 8 and digest.startswith(wanted))


class EmbeddedStore(Store):
    def __init__(self, path: str | os.PathLike[str] = "graphload-store") -> None:
        self.dir = Path(path)
        self.file = self.dir / FILE_NAME
        self._docs: dict[str, dict[str, Any]] | None = None
        self._graph: nx.MultiDiGraph | None = None
        self._engine: Engine | None = None
        self._pending: tuple[dict[str, dict[str, Any]], dict[str, str]] | None = None  # inside transaction()

    # -- persistence -------------------------------------------------------------------------
    def _read(self) -> dict[str, dict[str, Any]]:
        return self._read_stamped()[1]

    def _read_stamped(self) -> tuple[str, dict[str, dict[str, Any]]]:
        """The claims and the fingerprint of the very file they were read from."""
        try:
            fh: IO[str] = open(self.file, encoding="utf-8")  # noqa: SIM115 - closed below
        except FileNotFoundError:
            return EMPTY, {}
        except OSError as exc:
            raise StoreError(f"{self.file}: cannot read the store ({exc})") from None
        with fh:
            stamp = _fingerprint(os.fstat(fh.fileno()))
            try:
                with gc_paused():
                    data = json.load(fh)
            except (OSError, ValueError) as exc:
                raise StoreError(f"{self.file}: cannot read the store ({exc})") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT["format"] \
                or not isinstance(data.get("documents"), dict):
            raise StoreError(f"{self.file}: not a graphload store (move it away or use another --store)")
        return stamp, data["documents"]

    def _released_claims(self) -> tuple[str, Iterator[dict[str, Any]]]:
        """For a rebuild: each document's claims are released once merged, as in graph()."""
        stamp, docs = self._read_stamped()
        if len(docs) >= LARGE:
            log.warning("%s: building the query index of %d documents (once after a large load)", self.dir, len(docs))
        return stamp, (docs.pop(doc_id) for doc_id in list(docs))

    def _stamp(self) -> str:
        """Every save replaces graph.json by a new file: its inode, size and time name one version."""
        try:
            return _fingerprint(os.stat(self.file))
        except FileNotFoundError:
            return EMPTY

    def _load(self) -> dict[str, dict[str, Any]]:
        if self._docs is None:
            self._docs = self._read()
        return self._docs

    @contextmanager
    def _locked(self) -> Iterator[dict[str, dict[str, Any]]]:
        """Exclusive lock, fresh read, then atomic replace: a crash leaves the old or the new file.
        A second process waits for the first (and says so) rather than interleaving writes. The
        query index then takes what changed (falkor.Engine.update)."""
        from .falkor import snapshot  # the engine's client is only imported by commands that need it

        self.dir.mkdir(parents=True, exist_ok=True)
        with open(self.dir / ".lock", "w") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                log.warning("%s: another graphload process is writing to this store; waiting for it", self.dir)
                fcntl.flock(lock, fcntl.LOCK_EX)
            stamp, docs = self._read_stamped()
            before = snapshot(docs)
            yield docs
            self._save(docs)
            self._docs, self._graph = docs, None
            self._index().update(stamp, self._stamp(), docs, before)

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

    @gc_paused()
    def _save(self, docs: dict[str, dict[str, Any]]) -> None:
        fd, tmp = tempfile.mkstemp(prefix=".graph-", suffix=".tmp", dir=self.dir)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                _dump(docs, fh)
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

    def _index(self) -> Engine:
        """The FalkorDB graph: in the store directory once the store exists, else a throwaway one, so
        that a query on a mistyped --store creates nothing."""
        from .falkor import Engine  # the engine's client is only imported by commands that query

        directory = self.dir / INDEX_DIR if self.file.exists() else None
        if self._engine is not None and self._engine.directory != directory:
            self._engine.close()
            self._engine = None
        if self._engine is None:
            self._engine = Engine(directory)
        return self._engine

    def run(self, cypher: str, params: dict[str, Any] | None = None) -> list[Row]:
        from redis import RedisError

        from .falkor import plain

        params = params or {}
        check_parameters(cypher, params)
        with self._index().reading(self._stamp(), self._released_claims) as graph:
            try:
                result = graph.ro_query(cypher, params)
            except RedisError as exc:
                raise StoreError(refusal(cypher, str(exc))) from None
        columns = [name for _, name in result.header]
        return [{c: plain(v) for c, v in zip(columns, row, strict=True)} for row in result.result_set]

    def close(self) -> None:
        if self._engine is not None:
            self._engine.close()
            self._engine = None

    def stop(self) -> bool:
        """Stop the store's warm query server now rather than when idle; True if one was running."""
        from . import warm

        self.close()
        return warm.stop(self.dir / INDEX_DIR)


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _dump(docs: dict[str, dict[str, Any]], fh: IO[str]) -> None:
    """What json.dump writes, one document at a time through the C encoder: json.dump itself encodes
    in pure Python (about 3x slower on a large store), and one string of the whole file would hold it
    in memory twice."""
    whole = _ENCODER.encode({**FORMAT, "documents": {}})  # ...,"documents":{}}
    fh.write(whole[:-2])
    for n, (doc_id, claims) in enumerate(docs.items()):
        fh.write(("," if n else "") + _ENCODER.encode(doc_id) + ":" + _ENCODER.encode(claims))
    fh.write(whole[-2:])


def _fingerprint(stat: os.stat_result) -> str:
    return f"{stat.st_dev}:{stat.st_ino}:{stat.st_size}:{stat.st_mtime_ns}"
