"""Documents -> entities and typed relations with evidence (gazetteer + spaCy + rules)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from ..model import Document, Entity, Evidence, Extraction, Relation
from ..read import ReadError
from ..resolve import Gazetteer
from .language import layers
from .pipeline import build_nlp
from .sections import SECTION_BATCH, SECTION_CHARS, WHOLE_CHARS, SectionReader, section_spans


class Extractor:
    """Holds the loaded pipeline so that many documents share one model load."""

    def __init__(self, gazetteer: Gazetteer | None = None, model: str | None = None, language: str = "en") -> None:
        self.gazetteer = gazetteer or Gazetteer()
        self.layers = layers(language)
        self.nlp, self.has_model = build_nlp(self.gazetteer, model, self.layers.models, self.layers.code)

    def extract(self, document: Document) -> Extraction:
        item = next(self.extract_many([document]))
        if isinstance(item, ReadError):
            raise item
        return item

    def extract_many(self, documents: Iterable[Document], n_process: int = 1) -> Iterator[Extraction | ReadError]:
        """Extractions in input order. Documents up to WHOLE_CHARS are parsed whole, in batches; a longer
        one section by section (sections.py), so it never meets spaCy's length limit and its parse is
        never in memory whole. A document that fails comes back as a ReadError naming it, and the rest
        go on."""
        whole = min(WHOLE_CHARS, self.nlp.max_length)
        budget = min(SECTION_CHARS, whole)
        docs = list(documents) if n_process > 1 else documents
        for long, run in itertools.groupby(docs, key=lambda d: len(d.text) > whole):
            if long:
                parsed = ((d, self.parse_sections(d, budget)) for d in run)
            else:
                pairs = ((d.text, d) for d in run)
                parsed = ((d, [(0, doc)]) for doc, d in self.nlp.pipe(pairs, as_tuples=True, n_process=n_process,
                                                                        batch_size=16))
            for document, doc_sections in parsed:
                yield self.read(document, doc_sections)

    def parse_sections(self, document: Document, budget: int) -> Iterator[tuple[int, Doc]]:
        """(start, parse) of each section, parsed as they are read."""
        spans = list(section_spans(document.text, budget))
        texts = (document.text[start:end] for start, end in spans)
        return zip((start for start, _ in spans), self.nlp.pipe(texts, batch_size=SECTION_BATCH), strict=True)

    def read(self, document: Document, parsed: Iterable[tuple[int, Doc]]) -> Extraction | ReadError:
        rules = self.layers.relations if self.has_model else self.layers.without_parser
        try:
            reader = SectionReader(self.gazetteer, document, rules, self.layers.mentions)
            for start, doc in parsed:
                reader.add(start, doc)
            entities, found = reader.finish()
            relations = merge_relations(known_names_win(entities, found, self.gazetteer), document.id)
        except Exception as exc:  # one document's failure must not stop the batch
            reason = ": ".join([type(exc).__name__, *str(exc).strip().splitlines()[:1]])[:200]
            error = ReadError(f"{document.path}: could not be extracted ({reason})")
            error.__cause__ = exc
            return error
        return Extraction(document, sorted(entities.values(), key=lambda e: e.id), relations)


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
