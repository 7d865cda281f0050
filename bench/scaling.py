"""Time and peak memory of `graphload load` into the embedded store at growing corpus sizes, each
in a fresh process. Linear cost in words shows as a constant words/s; the ratio column compares
each size's rate with the smallest size's."""

from __future__ import annotations

import json

from . import Result, in_child

LINEAR = 0.8  # a rate that keeps this share of the smallest size's counts as linear

CHILD = """
import json, tempfile, time
from pathlib import Path
import graphload
from bench.corpus import Corpus
with tempfile.TemporaryDirectory(prefix="graphload-bench-") as tmp:
    Corpus({docs}).write(Path(tmp, "docs"))
    started = time.perf_counter()
    result = graphload.load([str(Path(tmp, "docs"))], graphload.open_store(str(Path(tmp, "store"))), model={model!r})
    print(json.dumps({{"seconds": time.perf_counter() - started, "words": result.words}}))
"""


def run(scales: list[int], model: str | None) -> list[Result]:
    rows, first = [], None
    label = "no model" if model == "none" else "model"
    for docs in sorted(scales):
        _, peak, out = in_child(CHILD.format(docs=docs, model=model))
        measured = json.loads(out.strip().splitlines()[-1])
        words_per_s = measured["words"] / measured["seconds"]
        first = first or words_per_s
        ratio = words_per_s / first
        rows.append(Result(
            f"scaling: load ({label}) {docs:,} docs, {measured['words']:,} words",
            f"{measured['seconds']:.1f} s, {words_per_s:,.0f} words/s, peak {peak:,.0f} MB",
            f"{first:,.0f} words/s at {min(scales):,}", ratio, f">= {LINEAR}x (linear)", ratio >= LINEAR,
        ))
    return rows
