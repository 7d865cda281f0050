"""Extraction on several cores: each worker process holds its own Extractor and runs the whole
pipeline (spaCy and our rules) on chunks of documents, so the rules are parallel too, not only
spaCy's part. Results come back in input order with a bounded number of chunks in flight."""

from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from .extract import Extractor
from .model import Document, Extraction
from .resolve import Gazetteer

CHUNK = 16  # documents per task: large enough to amortise pickling, small enough to balance
_worker: Extractor | None = None


def _start(gazetteer: Gazetteer, model: str | None) -> None:
    global _worker
    _worker = Extractor(gazetteer, model)


def _extract(documents: list[Document]) -> list[Extraction]:
    assert _worker is not None, "worker not initialised"
    return list(_worker.extract_many(documents))


def extract_parallel(documents: Iterable[Document], gazetteer: Gazetteer, model: str | None, processes: int
                     ) -> Iterator[Extraction]:
    """Like Extractor.extract_many, on `processes` worker processes; memory stays bounded because at
    most two chunks per worker are queued at a time."""
    context = multiprocessing.get_context("spawn")  # no inherited locks or threads from the parent
    stream = iter(documents)
    chunks = iter(lambda: list(itertools.islice(stream, CHUNK)), [])
    with ProcessPoolExecutor(processes, mp_context=context, initializer=_start, initargs=(gazetteer, model)) as pool:
        pending: deque[Future[list[Extraction]]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(_extract, chunk))
            if len(pending) >= 2 * processes:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
