"""Extraction on the repository's own held-out paragraphs (tests/heldout, invented actors, written to
measure generalisation, never tuned against): relation F1 must stay at or above the product's floor."""

from __future__ import annotations

from pathlib import Path

from graphload.evaluate import evaluate
from graphload.extract import Extractor
from graphload.read import read_file
from graphload.resolve import Gazetteer

HELDOUT = Path(__file__).with_name("heldout")
RELATION_F1_FLOOR = 0.60


def test_heldout_relation_f1_meets_the_floor() -> None:
    extractor = Extractor(Gazetteer())
    docs = [read_file(p) for p in sorted((HELDOUT / "docs").glob("*.txt"))]
    report = evaluate(list(extractor.extract_many(docs)), HELDOUT / "gold")
    assert len(report.documents) == len(docs)
    assert report.relations.f1 >= RELATION_F1_FLOOR, report.relations
