"""Documents -> entities and typed relations with evidence (gazetteer + spaCy + rules)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..model import Document, Entity, Evidence, Extraction, Relation
from ..resolve import Gazetteer
from .mentions import MentionResolver, find_mentions
from .pipeline import build_nlp
from .rules import cooccurrence_relations, dependency_relations


class Extractor:
    """Holds the loaded pipeline so that many documents share one model load."""

    def __init__(self, gazetteer: Gazetteer | None = None, model: str | None = None) -> None:
        self.gazetteer = gazetteer or Gazetteer()
        self.nlp, self.has_model = build_nlp(self.gazetteer, model)

    def extract(self, document: Document) -> Extraction:
        return next(self.extract_many([document]))

    def extract_many(self, documents: Iterable[Document], n_process: int = 1) -> Iterator[Extraction]:
        docs = list(documents) if n_process > 1 else documents
        pairs = ((d.text, d) for d in docs)
        for parsed, document in self.nlp.pipe(pairs, as_tuples=True, n_process=n_process, batch_size=16):
            resolver = MentionResolver(self.gazetteer)
            mentions = find_mentions(parsed, document, resolver)
            entities = resolver.entities()
            rules = dependency_relations if self.has_model else cooccurrence_relations
            found = known_names_win(entities, rules(parsed, mentions, entities), self.gazetteer)
            relations = merge_relations(found, document.id)
            yield Extraction(document, sorted(entities.values(), key=lambda e: e.id), relations)


def known_names_win(entities: dict[str, Entity], relations: list[Relation], gazetteer: Gazetteer) -> list[Relation]:
    """Actors the rules named themselves ("Acme supplier", "Acme employee") answer to the gazetteer
    like any other name, so a merge recorded in the alias file holds on every later load. Folds such
    entities into the known one (in place) and returns the relations with their ends moved."""
    moved: dict[str, str] = {}
    for entity in list(entities.values()):
        known = gazetteer.lookup(entity.name)
        if known is None or known.id == entity.id:
            continue
        target = entities.setdefault(known.id, Entity(known.id, known.name, known.type))
        for alias in (entity.name, *entity.aliases):
            if alias != target.name and alias not in target.aliases:
                target.aliases.append(alias)
        target.mentions = sorted({*target.mentions, *entity.mentions})
        del entities[entity.id]
        moved[entity.id] = known.id
    out = []
    for r in relations:
        r.head, r.tail = moved.get(r.head, r.head), moved.get(r.tail, r.tail)
        if r.head != r.tail:
            out.append(r)
    return out


def merge_relations(relations: Iterable[Relation], doc_id: str) -> list[Relation]:
    """One relation per (head, type, tail), with all its evidence sentences and the best confidence."""
    merged: dict[tuple[str, str, str], Relation] = {}
    for r in relations:
        for ev in r.evidence:
            ev.doc_id = doc_id
        if r.key not in merged:
            merged[r.key] = Relation(r.head, r.type, r.tail, dict(r.properties), [], r.confidence)
        m = merged[r.key]
        if _converted(r.properties) and not _converted(m.properties):
            m.properties.update(r.properties)  # "RMB 1 million, or roughly $150,000" beats a headline's "$150,000"
        for key, value in r.properties.items():
            m.properties.setdefault(key, value)
        m.confidence = max(m.confidence, r.confidence)
        for ev in r.evidence:
            if (ev.start, ev.end) not in {(e.start, e.end) for e in m.evidence}:
                m.evidence.append(Evidence(ev.text, ev.start, ev.end, doc_id))
    return list(merged.values())


def _converted(properties: dict) -> bool:
    """An amount in its original currency with the text's own conversion ("amount_usd")."""
    return any(key.startswith("amount_") for key in properties)


__all__ = ["Entity", "Extractor", "Relation", "merge_relations"]
