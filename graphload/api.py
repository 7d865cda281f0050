"""The Python API: every CLI command is one call here, so scripts and notebooks get the same tool.

    import graphload
    store = graphload.open_store("my-store")            # or open_store(neo4j="bolt://...")
    graphload.load(["data/docs"], store)
    rows = graphload.query("who_penalized_whom", store=store)

Heavy modules (spaCy and the extractor, networkx, pyvis, the store's Cypher engine, the Neo4j driver) are
imported inside the calls that use them, so `graphload --help` and `graphload queries` start at once.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import aliases as alias_file
from .model import Document, Extraction, entity_id, slugify
from .query import NamedQuery, named_queries, run_query
from .read import DEFAULT_MAX_BYTES, ReadError, read_paths
from .resolve import Gazetteer

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    import networkx as nx

    from .evaluate import Report
    from .explore import EntityView
    from .store import Row, Store

DEFAULT_ALIASES = "data/aliases.yml"
# One store.write() (one Neo4j transaction) per batch: large enough to amortise Neo4j's per-query cost
# (200 documents gave ~3k relationships/s, 2,500 ~14k), small enough for its transaction memory.
BATCH = 5_000  # documents at most
BATCH_CLAIMS = 20_000  # entities + relations at most


def open_store(store: str | None = None, neo4j: str | None = None) -> Store:
    """`neo4j` (or NEO4J_URI) selects Neo4j; otherwise the embedded store in `store`
    (or GRAPHLOAD_STORE, default ./graphload-store)."""
    from .store import open_store as open_backend

    return open_backend(store, neo4j)


def aliases_path(aliases: str | os.PathLike[str] | None = None) -> Path:
    """The alias file given, else GRAPHLOAD_ALIASES, else ./data/aliases.yml."""
    return Path(aliases or os.environ.get("GRAPHLOAD_ALIASES") or DEFAULT_ALIASES)


def gazetteer(aliases: str | os.PathLike[str] | None = None) -> Gazetteer:
    """The user's gazetteer; a missing default file means an empty one, a missing named file is an error."""
    path = aliases_path(aliases)
    if aliases and not path.exists():
        raise ValueError(f"{path}: alias file not found")
    return Gazetteer.load(path if path.exists() else None)


def extract(
    paths: Iterable[str], aliases: str | None = None, model: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES, n_process: int = 1,
) -> Iterator[Extraction | ReadError]:
    """Read and extract documents as a stream; bad files come back as ReadError in place, never raised."""
    known = gazetteer(aliases)
    errors: list[ReadError] = []

    def documents() -> Iterator[Document]:
        for item in read_paths(paths, max_bytes):
            if isinstance(item, ReadError):
                errors.append(item)
            else:
                yield item

    if n_process > 1:
        from .parallel import extract_parallel

        extractions = extract_parallel(documents(), known, model, n_process)
    else:
        from .extract import Extractor

        extractions = Extractor(known, model).extract_many(documents())
    for extraction in extractions:
        yield from errors
        errors.clear()
        yield extraction
    yield from errors


@dataclass
class LoadResult:
    documents: int = 0
    words: int = 0
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=lambda: {"added": 0, "replaced": 0, "unchanged": 0})
    errors: list[str] = field(default_factory=list)
    stats: dict[str, dict[str, int]] = field(default_factory=dict)  # the whole store after the load

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def load(
    paths: Iterable[str], store: Store | None = None, aliases: str | None = None,
    model: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES, n_process: int = 1,
    on_document: Callable[[Extraction | ReadError], None] | None = None, force: bool = False,
) -> LoadResult:
    """Extract documents and store them in batches inside one store transaction (all or nothing on the
    embedded store, per batch on Neo4j); bad files are reported and skipped. `force` re-extracts
    documents already stored, e.g. after the alias file changed."""
    store = store or open_store()
    result = LoadResult()
    started = time.perf_counter()
    batch: list[Extraction] = []
    claims = 0

    def flush() -> None:
        nonlocal claims
        for key, value in store.write(batch, force).items():
            result.counts[key] += value
        batch.clear()
        claims = 0

    with store.transaction():
        for item in extract(paths, aliases, model, max_bytes, n_process):
            if on_document:
                on_document(item)
            if isinstance(item, ReadError):
                result.errors.append(str(item))
                continue
            result.documents += 1
            result.words += item.document.words
            batch.append(item)
            claims += len(item.entities) + len(item.relations)
            if len(batch) >= BATCH or claims >= BATCH_CLAIMS:
                flush()
        if batch:
            flush()
    result.seconds = time.perf_counter() - started
    result.stats = stats(store)
    return result


def query(
    cypher: str, params: dict[str, Any] | None = None, store: Store | None = None,
    queries: str | os.PathLike[str] | None = None,
) -> list[Row]:
    """Rows of a Cypher string, a .cypher file or a named query: one that ships with graphload or one
    in the user's folder `queries` (else GRAPHLOAD_QUERIES, else ./cypher)."""
    return run_query(store or open_store(), cypher, params, queries)


def queries(folder: str | os.PathLike[str] | None = None) -> list[NamedQuery]:
    """The named queries, the user's folder's (see query()) after the ones that ship with graphload,
    with their descriptions and parameters."""
    return list(named_queries(folder).values())


def default_view_name(focus: str | None = None) -> str:
    return f"graphload-{slugify(focus)}.html" if focus else "graphload-view.html"


def render(path: str | os.PathLike[str] | None = None, store: Store | None = None, **options: Any) -> Path:
    """Write the HTML view; `options` are write_view's title and cuts (focus, depth, types,
    min_confidence, max_nodes). Without a path: graphload-view.html or graphload-<focus>.html."""
    from .render import write_view

    return write_view((store or open_store()).graph(), path or default_view_name(options.get("focus")), **options)


class View:
    """A rendered page that a notebook shows inline (an iframe of the self-contained file)."""

    def __init__(self, path: Path, height: int = 820) -> None:
        self.path, self.height = path, height

    def _repr_html_(self) -> str:
        import html

        page = self.path.read_text(encoding="utf-8")
        return (f'<iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;height:{self.height}px;'
                'border:0" sandbox="allow-scripts"></iframe>')


def view(store: Store | None = None, path: str | os.PathLike[str] | None = None, **options: Any) -> View:
    """render() for notebooks: `graphload.view(store, focus="Xiaomi")` displays the graph in the cell."""
    return View(render(path, store, **options))


def to_networkx(store: Store | None = None) -> nx.MultiDiGraph:
    """The store's graph as a networkx MultiDiGraph, for centrality, paths or communities in Python:
    nodes keyed by id with their properties and a `__labels__` set, one edge per (head, tail, type)
    keyed by the type, MENTIONED_IN edges to the Document nodes included."""
    return (store or open_store()).graph()


def stats(store: Store | None = None) -> dict[str, dict[str, int]]:
    """Nodes by label and relationships by type."""
    return (store or open_store()).stats()


def show(name: str, store: Store | None = None) -> EntityView:
    """An entity found by a loose spelling, with aliases, relations and their evidence."""
    from .explore import describe, find_entity

    graph = (store or open_store()).graph()
    node, others = find_entity(graph, name)
    if node is None:
        hint = f"; did you mean {', '.join(others)}?" if others else ""
        raise ValueError(f"no entity matches {name!r}{hint}")
    return describe(graph, node)


def export(fmt: str, path: str | os.PathLike[str], store: Store | None = None) -> list[Path]:
    """Write the graph as graphml, gexf, json (node-link) or csv (neo4j-admin import files)."""
    from .export import export as export_graph

    return export_graph((store or open_store()).graph(), fmt, path)


def documents(store: Store | None = None) -> list[Row]:
    return (store or open_store()).documents()


def forget(doc: str, store: Store | None = None) -> list[str]:
    """Remove documents matching a path, id or id prefix; returns their ids."""
    return (store or open_store()).forget(doc)


def aliases_add(name: str, type_: str, spellings: list[str], aliases: str | None = None) -> dict[str, Any]:
    """Teach the gazetteer an actor or more spellings of one; later loads use it."""
    return alias_file.add(aliases_path(aliases), name, type_, spellings)


def aliases_list(aliases: str | None = None) -> list[dict[str, Any]]:
    return alias_file.read_entries(aliases_path(aliases))


def aliases_merge(keep: str, other: str, store: Store | None = None, aliases: str | None = None) -> dict[str, Any]:
    """`other` is the same actor as `keep`: record it in the alias file (so later loads agree) and
    fold the two nodes together in the store. Returns the alias entry and how many documents changed."""
    from .explore import find_entity

    store = store or open_store()
    graph = store.graph()
    known = alias_file.read_entries(aliases_path(aliases))
    found: list[tuple[str, dict[str, Any]]] = []  # (node id, name/type/aliases) of keep, then other
    for name in (keep, other):
        node, candidates = find_entity(graph, name, fuzzy=False)  # a merge is permanent: exact names only
        if node is not None:
            found.append((node, dict(graph.nodes[node])))
            continue
        entry = alias_file.find(known, name)
        if entry is None:
            hint = f" (did you mean {', '.join(candidates)}?)" if candidates else ""
            raise ValueError(f"no entity matches {name!r} in the store or the alias file{hint}")
        found.append((entity_id(entry["type"], entry["name"]), entry))
    (into, kept), (merged, dropped) = found
    if into == merged:
        raise ValueError(f"{keep!r} and {other!r} are already the same entity")
    entry = alias_file.merge(aliases_path(aliases), kept, dropped)
    changed = store.merge_entities(merged, into, kept["name"], kept["type"]) if merged in graph else 0
    return {"entry": entry, "documents_changed": changed}


def evaluate(
    gold_dir: str, paths: Iterable[str] | None = None, aliases: str | None = None, model: str | None = None
) -> Report:
    """Extract the documents (default: the gold folder's sibling docs/) and score them."""
    from .evaluate import evaluate as score

    paths = list(paths or [str(Path(gold_dir).parent / "docs")])
    extracted = list(extract(paths, aliases, model))
    failed = [x for x in extracted if not isinstance(x, Extraction)]
    for error in failed:
        log.warning("%s; its gold counts as missed", error)
    return score([x for x in extracted if isinstance(x, Extraction)], gold_dir, [e.path for e in failed])

