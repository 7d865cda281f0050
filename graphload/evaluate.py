"""Score extractions against gold YAML (corpus/SCHEMA.md): precision, recall and F1 of entities
and of (head, type, tail) triples, with aliases and `alt` tails honoured."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .model import Extraction
from .resolve import match_key


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn


@dataclass
class DocReport:
    doc: str
    entities: Score
    relations: Score
    missed_entities: list[str] = field(default_factory=list)
    false_entities: list[str] = field(default_factory=list)
    missed_relations: list[tuple[str, str, str]] = field(default_factory=list)
    false_relations: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class Report:
    documents: list[DocReport]
    entities: Score
    relations: Score


def load_gold(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _gold_keys(gold: dict[str, Any]) -> dict[str, str]:
    """Every gold surface form's match key -> canonical gold name."""
    keys: dict[str, str] = {}
    for ent in gold.get("entities") or []:
        for surface in (ent["name"], *(ent.get("aliases") or [])):
            keys.setdefault(match_key(str(surface)), ent["name"])
    return keys


def score_document(extraction: Extraction, gold: dict[str, Any]) -> DocReport:
    keys = _gold_keys(gold)
    gold_types = {e["name"]: e["type"] for e in gold.get("entities") or []}

    def canonical(name: str, aliases: list[str]) -> str | None:
        for surface in (name, *aliases):
            hit = keys.get(match_key(surface))
            if hit:
                return hit
        return None

    names: dict[str, str] = {}
    found: set[str] = set()
    false_entities = []
    for ent in extraction.entities:
        gold_name = canonical(ent.name, ent.aliases)
        names[ent.id] = gold_name or ent.name
        if gold_name in found:  # two nodes for one actor: a resolution error, not a second hit
            false_entities.append(f"{ent.name} ({ent.type}, a second node for {gold_name})")
        elif gold_name and gold_types[gold_name] == ent.type:
            found.add(gold_name)
        else:
            false_entities.append(f"{ent.name} ({ent.type})")
    missed_entities = sorted(set(gold_types) - found)
    entities = Score(len(found), len(false_entities), len(missed_entities))

    predicted = {(names.get(r.head, r.head), r.type, names.get(r.tail, r.tail)) for r in extraction.relations}
    matched: set[tuple[str, str, str]] = set()  # predictions that match a gold triple or its alternative
    missed = []
    for item in gold.get("relations") or []:
        head, type_, tail = item[0], item[1], item[2]
        props = item[3] if len(item) > 3 and isinstance(item[3], dict) else {}
        alts = set(props.get("alt") or [])
        options = {
            (h, type_, t) for h in {head} | alts for t in {tail} | alts if h != t
        }
        hit = options & predicted
        if hit:
            matched |= hit
        else:
            missed.append((head, type_, tail))
    false_relations = sorted(predicted - matched)
    gold_count = len(gold.get("relations") or [])
    # each gold triple counts once, however many of its acceptable alternatives were predicted
    relations = Score(gold_count - len(missed), len(false_relations), len(missed))
    return DocReport(
        gold.get("doc", ""), entities, relations, missed_entities, false_entities, missed, false_relations
    )


def evaluate(extractions: list[Extraction], gold_dir: str | Path) -> Report:
    """Pair each extraction with the gold file named in `doc:` (by file name) and add up."""
    gold_by_doc = {}
    for path in sorted(Path(gold_dir).glob("*.y*ml")):
        gold = load_gold(path)
        gold_by_doc[gold.get("doc") or path.stem] = gold
    reports = []
    total_e, total_r = Score(), Score()
    for ex in extractions:
        gold = gold_by_doc.get(Path(ex.document.path).name)
        if gold is None:
            continue
        report = score_document(ex, gold)
        total_e.add(report.entities)
        total_r.add(report.relations)
        reports.append(report)
    return Report(reports, total_e, total_r)
