"""`graphload load` against a bare spaCy `nlp.pipe` of the same pipeline over the same text.

Both sides include building the pipeline, so the ratio is exactly our overhead: reading files,
mentions, rules and the store writes."""

from __future__ import annotations

import tempfile
from pathlib import Path

import graphload
from graphload.api import gazetteer
from graphload.extract.pipeline import build_nlp

from . import Result, rate, timed
from .corpus import Corpus

OVERHEAD_TARGET, PROCESSES_TARGET = 0.7, 1.5  # issue 12: the layered extractor stays >= 0.7x bare spaCy


def bare_pipe(texts: list[str], model: str | None) -> float:
    """Seconds for spaCy alone: the pipeline graphload builds, run over every text and discarded."""
    def run() -> None:
        nlp, _ = build_nlp(gazetteer(), model)
        for _ in nlp.pipe(texts, batch_size=16):
            pass
    return timed(run)[0]


def ours(folder: Path, store: Path, model: str | None, n_process: int) -> float:
    return timed(lambda: graphload.load([str(folder)], graphload.open_store(str(store)), model=model,
                                        n_process=n_process))[0]


def run(docs: int) -> list[Result]:
    corpus = Corpus(docs)
    texts = [story.text for story in corpus]
    words = sum(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory(prefix="graphload-bench-") as tmp:
        folder = Path(tmp, "docs")
        corpus.write(folder)
        rows = []
        for model, label in ((None, "model"), ("none", "no model")):
            bare = bare_pipe(texts, model)
            one = ours(folder, Path(tmp, f"store-{label}-1"), model, 1)
            rows.append(Result(
                f"extraction ({label}), {docs} docs: load vs bare nlp.pipe", rate(words, one, "words"),
                rate(words, bare, "words"), bare / one, f">= {OVERHEAD_TARGET}x" if model is None else "report",
                bare / one >= OVERHEAD_TARGET if model is None else None,
            ))
            if model is None:
                two = ours(folder, Path(tmp, f"store-{label}-2"), model, 2)
                rows.append(Result(
                    f"extraction ({label}): load, 2 processes vs 1", rate(words, two, "words"),
                    rate(words, one, "words"), one / two, f">= {PROCESSES_TARGET}x", one / two >= PROCESSES_TARGET,
                ))
    return rows
