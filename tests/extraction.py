"""What the extractor says about a text, in the terms a reader checks: names, not ids."""

from __future__ import annotations

from graphload.extract import Extractor
from graphload.read import read_text


def triples(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    """(head name, TYPE, tail name) of every relation found in `text`."""
    x = extractor.extract(read_text(text))
    names = {e.id: e.name for e in x.entities}
    return {(names.get(r.head, r.head), r.type, names.get(r.tail, r.tail)) for r in x.relations}
