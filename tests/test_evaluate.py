"""Scoring against gold: aliases honoured, alternatives accepted once, duplicate nodes penalised."""

from __future__ import annotations

from graphload.evaluate import score_document
from graphload.model import Document, Entity, Extraction, Relation

GOLD = {
    "doc": "a.txt",
    "entities": [
        {"name": "Acme", "type": "Organization", "aliases": ["Acme Corp"]},
        {"name": "Acme employee", "type": "Person", "aliases": []},
        {"name": "Bob", "type": "Person", "aliases": []},
    ],
    "relations": [["Acme", "DISMISSED", "Acme employee", {"alt": ["Bob"]}]],
}


def entity(id_: str, name: str, type_: str = "Organization", aliases: list[str] | None = None) -> Entity:
    return Entity(id_, name, type_, aliases or [], [(0, 1)])


def test_an_alternative_tail_is_one_hit_not_two() -> None:
    ents = [entity("o:a", "Acme Corp"), entity("p:e", "Acme employee", "Person"), entity("p:b", "Bob", "Person")]
    rels = [Relation("o:a", "DISMISSED", "p:e"), Relation("o:a", "DISMISSED", "p:b")]
    report = score_document(Extraction(Document("a.txt", "t", "text"), ents, rels), GOLD)
    assert (report.relations.tp, report.relations.fp, report.relations.fn) == (1, 0, 0)
    assert report.entities.f1 == 1.0


def test_two_nodes_for_one_actor_count_against_precision() -> None:
    ents = [entity("o:a", "Acme"), entity("o:ac", "Acme Corp")]
    report = score_document(Extraction(Document("a.txt", "t", "text"), ents, []), GOLD)
    assert (report.entities.tp, report.entities.fp, report.entities.fn) == (1, 1, 2)
    assert report.relations.fn == 1 and report.relations.recall == 0.0
