"""The Python API: every CLI command is one call here."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .evaluate import Report
from .evaluate import evaluate as score
from .extract import Extractor
from .model import Extraction, slugify
from .query import run_query
from .read import DEFAULT_MAX_BYTES, ReadError, read_paths
from .render import write_view
from .resolve import Gazetteer
from .store import Row, Store, open_store

DEFAULT_ALIASES = "data/aliases.yml"
BATCH = 200  # documents per atomic write: bounded memory, and a crash loses at most one batch


def gazetteer(aliases: str | os.PathLike[str] | None = None) -> Gazetteer:
    """The alias file given, else GRAPHLOAD_ALIASES, else ./data/aliases.yml when present."""
    path = aliases or os.environ.get("GRAPHLOAD_ALIASES") or DEFAULT_ALIASES
    return Gazetteer.load(path if Path(path).exists() or aliases else None)


def extract(
    paths: Iterable[str], aliases: str | None = None, model: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES, n_process: int = 1,
) -> Iterator[Extraction | ReadError]:
    """Read and extract documents; bad files come back as ReadError in place, never raised."""
    extractor = Extractor(gazetteer(aliases), model)
    docs = []
    for item in read_paths(paths, max_bytes):
        if isinstance(item, ReadError):
            yield item
        else:
            docs.append(item)
    yield from extractor.extract_many(docs, n_process=n_process)


@dataclass
class LoadResult:
    documents: int = 0
    words: int = 0
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=lambda: {"added": 0, "replaced": 0, "unchanged": 0})
    errors: list[str] = field(default_factory=list)
    entities: int = 0
    relations: int = 0
    relation_types: dict[str, int] = field(default_factory=dict)

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def load(
    paths: Iterable[str], store: Store | None = None, aliases: str | None = None,
    model: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES, n_process: int = 1,
    on_document: Callable[[Extraction | ReadError], None] | None = None,
) -> LoadResult:
    """Extract documents and store them batch by batch; the rest of a batch survives bad files."""
    store = store or open_store()
    result = LoadResult()
    started = time.perf_counter()
    batch: list[Extraction] = []

    def flush() -> None:
        for key, value in store.write(batch).items():
            result.counts[key] += value
        batch.clear()

    for item in extract(paths, aliases, model, max_bytes, n_process):
        if on_document:
            on_document(item)
        if isinstance(item, ReadError):
            result.errors.append(str(item))
            continue
        result.documents += 1
        result.words += item.document.words
        batch.append(item)
        if len(batch) >= BATCH:
            flush()
    if batch:
        flush()
    result.seconds = time.perf_counter() - started
    graph = store.graph()
    result.entities = sum(1 for _, d in graph.nodes(data=True) if "Entity" in d.get("__labels__", ()))
    for _, _, d in graph.edges(data=True):
        if d.get("type") != "MENTIONED_IN":
            result.relation_types[d["type"]] = result.relation_types.get(d["type"], 0) + 1
    result.relations = sum(result.relation_types.values())
    return result


def query(cypher: str, params: dict[str, Any] | None = None, store: Store | None = None) -> list[Row]:
    """Rows of a Cypher string, a .cypher file or a named query from cypher/."""
    return run_query(store or open_store(), cypher, params)


def render(path: str | os.PathLike[str] | None = None, store: Store | None = None, **options: Any) -> Path:
    """Write the HTML view; `options` are write_view's title and cuts (focus, depth, types, ...).
    Without a path the file is graphload-view.html, or graphload-<focus>.html."""
    focus = options.get("focus")
    default = f"graphload-{slugify(focus)}.html" if focus else "graphload-view.html"
    return write_view((store or open_store()).graph(), path or default, **options)


def stats(store: Store | None = None) -> dict[str, Any]:
    graph = (store or open_store()).graph()
    labels: dict[str, int] = {}
    for _, d in graph.nodes(data=True):
        for label in d.get("__labels__", ()):
            labels[label] = labels.get(label, 0) + 1
    types: dict[str, int] = {}
    for _, _, d in graph.edges(data=True):
        types[d.get("type", "?")] = types.get(d.get("type", "?"), 0) + 1
    return {"nodes": labels, "relationships": types}


def evaluate(
    gold_dir: str, paths: Iterable[str] | None = None, aliases: str | None = None, model: str | None = None
) -> Report:
    """Extract the documents (default: the gold folder's sibling docs/) and score them."""
    paths = list(paths or [str(Path(gold_dir).parent / "docs")])
    extractions = [x for x in extract(paths, aliases, model) if isinstance(x, Extraction)]
    return score(extractions, gold_dir)
