"""Score extractions against gold YAML (corpus/SCHEMA.md): precision, recall and F1 of entities
and of (head, type, tail) triples, with aliases and `alt` tails honoured; per relation type, which
type was extracted instead of the gold one, and whether penalty amounts came out right."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .model import Document, Extraction
from .resolve import match_key

NONE = "(none)"  # the confusion row of false edges and the column of gold triples nothing was extracted for
AMOUNT_TOLERANCE = 0.01  # an amount within 1 % of the gold one is right (rounded "€2.4 million" vs 2,400,000)

Triple = tuple[str, str, str]
Confusion = dict[str, dict[str, int]]  # gold type -> predicted type -> count


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

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        """Predictions counted against precision: a gold triple's accepted alternatives count once."""
        return self.tp + self.fp

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "gold": self.gold, "predicted": self.predicted,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class Amounts:
    """Matched PENALIZED triples whose gold states an amount, and how many got amount and currency right."""

    right: int = 0
    matched: int = 0

    def add(self, other: Amounts) -> None:
        self.right, self.matched = self.right + other.right, self.matched + other.matched


@dataclass
class WrongAmount:
    triple: Triple
    gold: str  # "2400000 GBP"
    extracted: str  # what the extractor put on the matching edge(s), "" for nothing


@dataclass
class DocReport:
    doc: str
    entities: Score
    relations: Score
    missed_entities: list[str] = field(default_factory=list)
    false_entities: list[str] = field(default_factory=list)
    missed_relations: list[Triple] = field(default_factory=list)
    false_relations: list[Triple] = field(default_factory=list)
    by_type: dict[str, Score] = field(default_factory=dict)
    confusion: Confusion = field(default_factory=dict)
    amounts: Amounts = field(default_factory=Amounts)
    wrong_amounts: list[WrongAmount] = field(default_factory=list)


@dataclass
class Report:
    documents: list[DocReport]
    entities: Score
    relations: Score
    by_type: dict[str, Score] = field(default_factory=dict)
    confusion: Confusion = field(default_factory=dict)
    amounts: Amounts = field(default_factory=Amounts)

    def as_dict(self) -> dict[str, Any]:
        """Everything, with P/R/F1 spelled out, for `graphload eval --json` and scripts."""
        def doc(d: DocReport) -> dict[str, Any]:
            return {
                "doc": d.doc, "entities": d.entities.as_dict(), "relations": d.relations.as_dict(),
                "by_type": _scores_dict(d.by_type), "confusion": d.confusion, "amounts": asdict(d.amounts),
                "missed_entities": d.missed_entities, "false_entities": d.false_entities,
                "missed_relations": d.missed_relations, "false_relations": d.false_relations,
                "wrong_amounts": [asdict(w) for w in d.wrong_amounts],
            }
        return {
            "documents": [doc(d) for d in self.documents],
            "entities": self.entities.as_dict(), "relations": self.relations.as_dict(),
            "by_type": _scores_dict(self.by_type), "confusion": self.confusion, "amounts": asdict(self.amounts),
        }


def _scores_dict(scores: dict[str, Score]) -> dict[str, dict[str, Any]]:
    return {name: score.as_dict() for name, score in scores.items()}


def load_gold(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _gold_keys(gold: dict[str, Any]) -> dict[str, str]:
    """Every gold surface form's match key -> canonical gold name."""
    keys: dict[str, str] = {}
    for ent in gold.get("entities") or []:
        for surface in (ent["name"], *(ent.get("aliases") or [])):
            keys.setdefault(match_key(str(surface)), ent["name"])
    return keys


@dataclass
class _GoldTriple:
    head: str
    type: str
    tail: str
    props: dict[str, Any]
    options: set[Triple]  # the triple and its `alt` variants, any one of which is a hit
    hits: set[Triple] = field(default_factory=set)

    @classmethod
    def parse(cls, item: list[Any]) -> _GoldTriple:
        head, type_, tail = item[0], item[1], item[2]
        props = item[3] if len(item) > 3 and isinstance(item[3], dict) else {}
        alts = set(props.get("alt") or [])
        options = {(h, type_, t) for h in {head} | alts for t in {tail} | alts if h != t}
        return cls(head, type_, tail, props, options)

    @property
    def pairs(self) -> set[tuple[str, str]]:
        """The (head, tail) pairs of every option, in both directions."""
        return {p for h, _, t in self.options for p in ((h, t), (t, h))}


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

    predicted: dict[Triple, list[dict[str, Any]]] = {}  # several edges may name one gold triple: keep all properties
    for r in extraction.relations:
        predicted.setdefault((names.get(r.head, r.head), r.type, names.get(r.tail, r.tail)), []).append(r.properties)
    triples = [_GoldTriple.parse(item) for item in gold.get("relations") or []]
    for g in triples:
        g.hits = g.options & predicted.keys()
    matched = {t for g in triples for t in g.hits}
    missed = [(g.head, g.type, g.tail) for g in triples if not g.hits]
    false_relations = sorted(set(predicted) - matched)
    # each gold triple counts once, however many of its acceptable alternatives were predicted
    relations = Score(len(triples) - len(missed), len(false_relations), len(missed))
    by_type: dict[str, Score] = {}
    for g in triples:
        by_type.setdefault(g.type, Score()).add(Score(tp=1) if g.hits else Score(fn=1))
    for _, type_, _ in false_relations:
        by_type.setdefault(type_, Score()).fp += 1
    amounts, wrong_amounts = _amounts(triples, predicted)
    return DocReport(
        gold.get("doc", ""), entities, relations, missed_entities, false_entities, missed, false_relations,
        dict(sorted(by_type.items())), _confusion(triples, false_relations), amounts, wrong_amounts,
    )


def _confusion(triples: list[_GoldTriple], false_relations: list[Triple]) -> Confusion:
    """Gold type -> predicted type. A false edge on a gold triple's pair (either direction) with another type
    counts against that triple's type (a missed one first, then one in the same direction); other false edges,
    including the right type pointing the wrong way, go to the (none) row, gold triples with nothing predicted
    on their pair to the (none) column; the diagonal holds the hits."""
    cells: Confusion = {}

    def count(gold_type: str, predicted_type: str) -> None:
        row = cells.setdefault(gold_type, {})
        row[predicted_type] = row.get(predicted_type, 0) + 1

    explained: set[int] = set()  # indexes of missed gold triples that a wrongly typed edge accounts for
    for head, type_, tail in false_relations:
        candidates = [i for i, g in enumerate(triples) if (head, tail) in g.pairs]
        if any(triples[i].type == type_ for i in candidates):  # a direction error, not a type confusion
            candidates = []
        candidates.sort(key=lambda i: (bool(triples[i].hits), (head, triples[i].type, tail) not in triples[i].options))
        if candidates:
            explained.add(candidates[0])
            count(triples[candidates[0]].type, type_)
        else:
            count(NONE, type_)
    for i, g in enumerate(triples):
        if g.hits:
            count(g.type, g.type)
        elif i not in explained:
            count(g.type, NONE)
    return cells


def _amounts(triples: list[_GoldTriple], predicted: dict[Triple, list[dict[str, Any]]]
             ) -> tuple[Amounts, list[WrongAmount]]:
    amounts, wrong = Amounts(), []
    for g in triples:
        if g.type != "PENALIZED" or not g.hits or g.props.get("amount") is None:
            continue
        found = [p for t in sorted(g.hits) for p in predicted[t]]
        amounts.matched += 1
        if any(_same_amount(g.props, p) for p in found):
            amounts.right += 1
        else:
            extracted = "; ".join(_money_text(p) for p in found if p.get("amount") is not None)
            wrong.append(WrongAmount((g.head, g.type, g.tail), _money_text(g.props), extracted))
    return amounts, wrong


def _same_amount(gold: dict[str, Any], extracted: dict[str, Any]) -> bool:
    try:
        want, got = float(gold["amount"]), float(extracted["amount"])
    except (KeyError, TypeError, ValueError):
        return False
    same_currency = str(gold.get("currency") or "").upper() == str(extracted.get("currency") or "").upper()
    return same_currency and abs(got - want) <= AMOUNT_TOLERANCE * abs(want)


def _money_text(props: dict[str, Any]) -> str:
    return f"{props.get('amount')} {props.get('currency') or ''}".rstrip()


def _add_confusion(total: Confusion, part: Confusion) -> None:
    for gold_type, row in part.items():
        into = total.setdefault(gold_type, {})
        for predicted_type, n in row.items():
            into[predicted_type] = into.get(predicted_type, 0) + n


def type_rows(by_type: dict[str, Score]) -> list[dict[str, Any]]:
    """One table row per relation type, the most frequent in gold first, then the total."""
    order = sorted(by_type, key=lambda t: (-by_type[t].gold, t))
    total = Score()
    for score in by_type.values():
        total.add(score)
    return [
        {"type": name, "gold": s.gold, "predicted": s.predicted, "found": s.tp,
         "P": f"{s.precision:.2f}", "R": f"{s.recall:.2f}", "F1": f"{s.f1:.2f}"}
        for name, s in [*((t, by_type[t]) for t in order), ("(all)", total)]
    ]


def confusion_rows(confusion: Confusion) -> list[dict[str, Any]]:
    """Rows are gold types, columns predicted types (cut to a short unique prefix to fit a terminal), "." for 0."""
    gold_order = sorted((t for t in confusion if t != NONE), key=lambda t: (-sum(confusion[t].values()), t))
    predicted = {t for row in confusion.values() for t in row if t != NONE}
    columns = [t for t in gold_order if t in predicted] + sorted(predicted - set(gold_order))
    short = {**_short_names(columns, [*gold_order, *columns]), NONE: NONE}
    columns.append(NONE)
    rows = []
    for gold_type in [*gold_order, NONE] if NONE in confusion else gold_order:
        cells = confusion[gold_type]
        rows.append({"gold \\ predicted": gold_type,
                     **{short[c]: cells.get(c) or "." for c in columns if not (gold_type == NONE == c)}})
    return rows


def _short_names(names: list[str], among: list[str], least: int = 4) -> dict[str, str]:
    """Each name cut to the shortest prefix (at least `least` characters) that no other name `among` shares."""
    def prefix(name: str) -> str:
        for n in range(least, len(name)):
            if not any(other != name and other.startswith(name[:n]) for other in among):
                return name[:n]
        return name
    return {name: prefix(name) for name in names}


def evaluate(extractions: list[Extraction], gold_dir: str | Path, failed: Iterable[str] = ()) -> Report:
    """Pair each extraction with the gold file named in `doc:` (by file name) and add up. A document
    that could not be extracted (`failed`, paths) scores as an empty extraction: its gold is all missed."""
    gold_by_doc = {}
    for path in sorted(Path(gold_dir).glob("*.y*ml")):
        gold = load_gold(path)
        gold_by_doc[gold.get("doc") or path.stem] = gold
    total = Report([], Score(), Score())
    empty = [Extraction(Document(path, Path(path).name, "", path)) for path in failed]
    for ex in [*extractions, *empty]:
        gold = gold_by_doc.get(Path(ex.document.path).name)
        if gold is None:
            continue
        report = score_document(ex, gold)
        total.entities.add(report.entities)
        total.relations.add(report.relations)
        for type_, score in report.by_type.items():
            total.by_type.setdefault(type_, Score()).add(score)
        _add_confusion(total.confusion, report.confusion)
        total.amounts.add(report.amounts)
        total.documents.append(report)
    total.by_type = dict(sorted(total.by_type.items()))
    return total
