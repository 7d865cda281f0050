"""Small hand-made extractions, so store tests do not depend on what the extractor finds."""

from __future__ import annotations

from graphload.model import Document, Entity, Evidence, Extraction, Relation, entity_id


def extraction(path: str, text: str, claims: list[tuple[str, str, str]], **props: object) -> Extraction:
    """A document whose claims are (head name, TYPE, tail name) between organisations."""
    doc = Document(path=path, title=text[:40], text=text)
    names = sorted({n for h, _, t in claims for n in (h, t)})
    entities = [Entity(entity_id("Organization", n), n, "Organization", [], [(0, 1)]) for n in names]
    relations = [
        Relation(entity_id("Organization", h), type_, entity_id("Organization", t), dict(props),
                 [Evidence(text, 0, len(text), doc.id)], 0.8)
        for h, type_, t in claims
    ]
    return Extraction(doc, entities, relations)
