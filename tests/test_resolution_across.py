"""One node per actor across documents: invented articles loaded into one embedded store, in
either order, give the same single node for an actor however each document names it, and keep
apart what is not the same actor (a subsidiary, a product, an employee)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from graphload.extract import Extractor
from graphload.model import Extraction, entity_id
from graphload.read import read_text
from graphload.resolve import plan_folds
from graphload.store import EmbeddedStore
from tests.factories import extraction


def load(extractor: Extractor, tmp_path: Path, texts: list[str]) -> nx.MultiDiGraph:
    store = EmbeddedStore(tmp_path)
    for i, text in enumerate(texts):
        store.write([extractor.extract(read_text(text, f"doc{i}.txt"))])
    return store.graph()


def actors(graph: nx.MultiDiGraph) -> dict[str, dict]:
    return {d["name"]: d for _, d in graph.nodes(data=True) if "Entity" in d["__labels__"]}


def both_orders(extractor: Extractor, tmp_path: Path, texts: list[str]) -> nx.MultiDiGraph:
    """The graph of the texts loaded one by one, after checking the reverse order gives the same."""
    forward = load(extractor, tmp_path / "forward", texts)
    backward = load(extractor, tmp_path / "backward", texts[::-1])
    assert {n: (d["name"], d["aliases"], d["doc_ids"]) for n, d in forward.nodes(data=True) if "name" in d} == \
        {n: (d["name"], d["aliases"], d["doc_ids"]) for n, d in backward.nodes(data=True) if "name" in d}
    assert sorted(forward.edges(keys=True)) == sorted(backward.edges(keys=True))
    return forward


SHIPPER = [
    "Harbor Freight Lines, Inc. was fined $2 million by the Federal Maritime Commission (FMC) on Monday.",
    "The FMC also sued Dunmore Cargo. Harbor Freight Lines said it would appeal.",
]


def test_a_legal_name_and_its_short_form_are_one_node(extractor: Extractor, tmp_path: Path) -> None:
    found = actors(both_orders(extractor, tmp_path, SHIPPER))
    shipper = found["Harbor Freight Lines, Inc."]
    assert "Harbor Freight Lines" not in found and len(shipper["doc_ids"]) == 2
    assert "Harbor Freight Lines" in shipper["aliases"]


def test_an_acronym_alone_is_the_body_another_document_spelled_out(extractor: Extractor, tmp_path: Path) -> None:
    graph = both_orders(extractor, tmp_path, SHIPPER)
    found = actors(graph)
    assert "FMC" not in found
    fmc = found["Federal Maritime Commission"]
    assert len(fmc["doc_ids"]) == 2 and "FMC" in fmc["aliases"]
    # provenance survives the fold: the suit from the second document hangs on the one node
    sued = [(u, v) for u, v, k in graph.edges(keys=True) if k == "SUED"]
    assert sued == [(fmc["id"], found["Dunmore Cargo"]["id"])]
    assert graph.edges[fmc["id"], found["Dunmore Cargo"]["id"], "SUED"]["evidence"][0]["doc_id"] in fmc["doc_ids"]


def test_forget_takes_back_what_only_the_forgotten_document_said(extractor: Extractor, tmp_path: Path) -> None:
    load(extractor, tmp_path, SHIPPER)
    store = EmbeddedStore(tmp_path)
    assert len(store.forget("doc1.txt")) == 1
    found = actors(store.graph())
    assert not [k for _, _, k in store.graph().edges(keys=True) if k == "SUED"]
    assert len(found["Federal Maritime Commission"]["doc_ids"]) == 1


def test_a_subsidiary_a_product_and_an_employee_stay_apart(extractor: Extractor, tmp_path: Path) -> None:
    texts = [
        "Kestrel Terminal Co Ltd was fined by the Port Authority of Velden on Tuesday.",
        "Kestrel sued Brannock Logistics in March. Kestrel settled in May.",
        "Reviewers praised the Kestrel K40 Pro. Kestrel said a Kestrel employee had leaked the design.",
    ]
    found = actors(both_orders(extractor, tmp_path, texts))
    assert "Kestrel Terminal Co Ltd" in found and "Kestrel" in found
    assert found["Kestrel"]["id"] != found["Kestrel Terminal Co Ltd"]["id"]
    assert found["Kestrel K40 Pro"]["type"] == "Product"


def test_a_person_named_more_and_less_fully_is_one_node(extractor: Extractor, tmp_path: Path) -> None:
    texts = [
        "Marta L. Okonkwo, chief executive of Brannock Logistics, resigned on Friday.",
        "Brannock Logistics fired Marta Okonkwo in June. Okonkwo denied wrongdoing.",
    ]
    people = {d["name"] for d in actors(both_orders(extractor, tmp_path, texts)).values() if d["type"] == "Person"}
    assert people == {"Marta L. Okonkwo"}


def test_a_surname_shared_by_two_people_stays_apart() -> None:
    nodes = [{"id": "person:tomas-rielle", "name": "Tomas Rielle", "type": "Person", "aliases": []},
             {"id": "person:ana-rielle", "name": "Ana Rielle", "type": "Person", "aliases": []},
             {"id": "person:rielle", "name": "Rielle", "type": "Person", "aliases": []}]
    assert plan_folds(nodes) == {}
    assert plan_folds(nodes[1:]) == {"person:rielle": "person:ana-rielle"}


def test_an_alias_two_actors_recorded_folds_nothing() -> None:
    nodes = [{"id": "organization:sfa", "name": "SFA", "type": "Organization", "aliases": []},
             {"id": "organization:solway-fisheries-agency", "name": "Solway Fisheries Agency",
              "type": "Organization", "aliases": ["SFA"]},
             {"id": "organization:southern-football-association", "name": "Southern Football Association",
              "type": "Organization", "aliases": ["SFA"]}]
    assert plan_folds(nodes) == {}
    assert plan_folds(nodes[:2]) == {"organization:sfa": "organization:solway-fisheries-agency"}


def test_a_company_board_is_the_company_but_a_named_board_is_not() -> None:
    nodes = [{"id": "organization:orla-air", "name": "Orla Air", "type": "Organization", "aliases": []},
             {"id": "organization:orla-air-board", "name": "Orla Air board", "type": "Organization", "aliases": []},
             {"id": "organization:tarvo-reserve", "name": "Tarvo Reserve", "type": "Organization", "aliases": []},
             {"id": "organization:tarvo-reserve-board", "name": "Tarvo Reserve Board", "type": "Organization",
              "aliases": []}]
    assert plan_folds(nodes) == {"organization:orla-air-board": "organization:orla-air"}


def test_loading_twice_changes_nothing(extractor: Extractor, tmp_path: Path) -> None:
    docs: list[Extraction] = [extractor.extract(read_text(t, f"doc{i}.txt")) for i, t in enumerate(SHIPPER)]
    store = EmbeddedStore(tmp_path)
    store.write(docs)
    before = (tmp_path / "graph.json").read_text()
    assert store.write(docs) == {"added": 0, "replaced": 0, "unchanged": 2}
    assert (tmp_path / "graph.json").read_text() == before


def test_hand_made_claims_fold_after_each_write_and_forget(tmp_path: Path) -> None:
    """The embedded twin of test_neo4j_store's fold test: same steps, same expected actors."""
    a = extraction("a.txt", "The Tarn Water Board (TWB) fined Orla Air.",
                   [("Tarn Water Board", "PENALIZED", "Orla Air")])
    a.entities[[e.name for e in a.entities].index("Tarn Water Board")].aliases.append("TWB")
    b = extraction("b.txt", "TWB sued Orla Air, Inc.", [("TWB", "SUED", "Orla Air, Inc.")])
    c = extraction("c.txt", "Orla Air board fined Kestrel.", [("Orla Air board", "PENALIZED", "Kestrel")])
    store = EmbeddedStore(tmp_path)
    store.write([b]), store.write([c, a])
    graph = store.graph()
    assert {d["name"] for _, d in graph.nodes(data=True) if d.get("type") == "Organization"} == \
        {"Tarn Water Board", "Orla Air, Inc.", "Kestrel"}
    assert graph.has_edge("organization:tarn-water-board", "organization:orla-air", "SUED")
    store.forget("a.txt")
    graph = store.graph()
    assert {d["name"] for _, d in graph.nodes(data=True) if d.get("type") == "Organization"} == \
        {"Tarn Water Board", "Orla Air, Inc.", "Kestrel"}
    assert not graph.has_edge("organization:tarn-water-board", "organization:orla-air", "PENALIZED")


def test_a_generic_one_word_name_never_folds_into_the_body_that_used_it() -> None:
    """"Commission" alone in one article may be any commission, even if another article's
    "Tarn Fisheries Commission" was also called "Commission"."""
    nodes = [{"id": "organization:commission", "name": "Commission", "type": "Organization", "aliases": []},
             {"id": "organization:tarn-fisheries-commission", "name": "Tarn Fisheries Commission",
              "type": "Organization", "aliases": ["Commission", "TFC"]},
             {"id": "organization:tfc", "name": "TFC", "type": "Organization", "aliases": []}]
    assert plan_folds(nodes) == {"organization:tfc": "organization:tarn-fisheries-commission"}


def test_a_group_is_its_company_but_a_unit_is_not() -> None:
    def org(name: str) -> dict:
        return {"id": entity_id("Organization", name), "name": name, "type": "Organization", "aliases": []}

    nodes = [org("Orsk"), org("Orsk Group"), org("Orsk Holdings Ltd"), org("Orsk Terminal Co Ltd"), org("Orsk UK")]
    plan = plan_folds(nodes)
    assert plan == {nodes[0]["id"]: nodes[2]["id"], nodes[1]["id"]: nodes[2]["id"]}
