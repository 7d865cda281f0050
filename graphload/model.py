"""Plain data passed between the stages: read -> extract -> resolve -> store -> query/render."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from .names import strip_legal_form

ENTITY_TYPES = ("Person", "Organization", "Product")
CONTRACT_VERSION = 1


def slugify(text: str) -> str:
    """Lower-case ASCII slug; keeps ids stable across spellings that differ only in case/accents."""
    norm = unicodedata.normalize("NFKD", re.sub(r"['’`]", "", text)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", norm.lower()).strip("-")
    if not slug:  # non-Latin names keep a stable id from their hash
        slug = hashlib.sha1(text.encode()).hexdigest()[:12]
    return slug


def entity_id(type_: str, name: str) -> str:
    """An organisation's id ignores its legal form ("Tesla, Inc." and "Tesla" are organization:tesla),
    so documents that name it either way meet on one node; apostrophes never split an id."""
    return f"{type_.lower()}:{slugify(strip_legal_form(name) if type_ == 'Organization' else name)}"


def document_id(text: str) -> str:
    """sha256 of whitespace-normalised text: the same article saved twice is one document."""
    norm = " ".join(text.split())
    return "sha256:" + hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass
class Document:
    path: str
    title: str
    text: str
    id: str = ""
    boilerplate: list[tuple[int, int]] = field(default_factory=list)  # char spans of page chrome

    def __post_init__(self) -> None:
        if not self.id:
            self.id = document_id(self.text)

    @property
    def words(self) -> int:
        return len(self.text.split())

    def is_boilerplate(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.boilerplate)


@dataclass
class Evidence:
    text: str
    start: int
    end: int
    doc_id: str = ""


@dataclass
class Entity:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Relation:
    head: str
    type: str
    tail: str
    properties: dict[str, Any] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.head, self.type, self.tail)


@dataclass
class Extraction:
    """What one document yields: the unit that is stored, replaced or forgotten as a whole."""

    document: Document
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The public extraction contract (DESIGN.md); keep it stable."""
        doc = self.document
        return {
            "version": CONTRACT_VERSION,
            "document": {"id": doc.id, "path": doc.path, "title": doc.title},
            "entities": [
                {"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases),
                 "mentions": [list(m) for m in e.mentions]}  # not asdict(): it deep-copies, 3x slower
                for e in self.entities
            ],
            "relations": [
                {
                    "head": r.head,
                    "type": r.type,
                    "tail": r.tail,
                    "properties": r.properties,
                    "evidence": [
                        {"text": ev.text, "start": ev.start, "end": ev.end} for ev in r.evidence
                    ],
                    "confidence": r.confidence,
                }
                for r in self.relations
            ],
        }
