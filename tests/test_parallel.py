"""Extraction on several processes gives exactly what one process gives, in input order."""

from __future__ import annotations

from pathlib import Path

import graphload

ROOT = Path(__file__).resolve().parent.parent


def test_two_processes_extract_the_same_as_one(tmp_path: Path) -> None:
    docs = [str(p) for p in sorted((ROOT / "data" / "docs").glob("*.txt"))]
    for i in range(20):  # more documents than one chunk, so both workers get some
        (tmp_path / f"extra{i:02}.txt").write_text(f"Firm{i} Ltd was fined ${i + 1} million by the regulator.\n")
    paths = [*docs, str(tmp_path), str(tmp_path / "missing.txt")]
    one = [x.to_json() if hasattr(x, "to_json") else str(x) for x in graphload.extract(paths)]
    two = [x.to_json() if hasattr(x, "to_json") else str(x) for x in graphload.extract(paths, n_process=2)]
    assert two == one
    assert sum(1 for x in one if isinstance(x, str)) == 1  # the missing file, reported in both
