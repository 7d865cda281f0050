"""One node per actor: short forms, acronyms, descriptions, guarded fuzzy matches."""

from __future__ import annotations

import pytest

from graphload.extract import Extractor
from graphload.model import entity_id
from graphload.read import read_text
from graphload.resolve import Gazetteer, KnownEntity, match_key


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Gazetteer([KnownEntity("Corvana", "Organization")]))


def test_match_key_ignores_titles_possessives_and_suffixes() -> None:
    assert match_key("Mr. Tom Baker's") == match_key("Tom Baker")
    assert match_key("Globex Corp.") == match_key("Globex")


def test_acronym_joins_expansion(extractor: Extractor) -> None:
    x = extractor.extract(read_text("The National Maritime Authority (NMA) fined a shipper. The NMA said so."))
    assert [e.name for e in x.entities if "NMA" in e.aliases] == ["National Maritime Authority"]


def test_surname_joins_full_name(extractor: Extractor) -> None:
    x = extractor.extract(read_text("Helen Tamura joined the board. Later Tamura resigned."))
    assert [e.name for e in x.entities if e.type == "Person"] == ["Helen Tamura"]


def test_misspelling_of_known_name(extractor: Extractor) -> None:
    x = extractor.extract(read_text("Corvana apologized. Later Corvona paid the bill."))
    assert [e.name for e in x.entities] == ["Corvana"]


def test_description_refers_to_last_company(extractor: Extractor) -> None:
    x = extractor.extract(read_text("Globex Corp. reported losses. The company fined Initech Ltd on Friday."))
    names = {e.id: e.name for e in x.entities}
    assert ("Globex Corp.", "PENALIZED", "Initech Ltd") in {(names[r.head], r.type, names[r.tail]) for r in x.relations}


def test_short_form_before_its_full_name_joins_it(extractor: Extractor) -> None:
    text = "Readers blamed Brivolta for the leak. Later, Brivolta Freight Lines apologized to its customers."
    x = extractor.extract(read_text(text))
    assert [e.name for e in x.entities if "Brivolta" in e.name] == ["Brivolta Freight Lines"]


def test_short_form_shared_by_two_names_stays_apart(extractor: Extractor) -> None:
    text = "Globex was praised. Globex Freight Corp. and Globex Media Group both grew."
    names = {e.name for e in extractor.extract(read_text(text)).entities}
    assert {"Globex Freight Corp.", "Globex Media Group"} <= names


def test_bracketed_translation_is_an_alias(extractor: Extractor) -> None:
    text = "Chips from Hongxin Keji Co. (Red Star Technology Group) sell well. Red Star Technology Group grew."
    x = extractor.extract(read_text(text))
    assert [e.name for e in x.entities] == ["Hongxin Keji Co."]


def test_key_and_id_ignore_legal_forms_and_their_punctuation() -> None:
    assert match_key("Halvard Shipping, Inc.") == match_key("Halvard Shipping Inc") == match_key("Halvard Shipping")
    assert entity_id("Organization", "Quinta Textiles Co., Ltd.") == entity_id("Organization", "Quinta Textiles")
    assert entity_id("Organization", "Brasko Terminal Co Ltd") != entity_id("Organization", "Brasko")
    assert match_key("Nordvik UK") != match_key("Nordvik")  # a country after a name is a subsidiary


@pytest.mark.parametrize("text, name", [
    ("Regulators fined Pellmar Savings Bank, N.A. on Monday. Pellmar Savings Bank, N.A. paid.",
     "Pellmar Savings Bank, N.A."),
    ("Dunmore Cargo, Inc. was sued by Tavish Labs. A court fined Dunmore Cargo, Inc. $5 million.",
     "Dunmore Cargo, Inc."),
])
def test_a_legal_name_with_a_comma_stays_one_name(extractor: Extractor, text: str, name: str) -> None:
    names = [e.name for e in extractor.extract(read_text(text)).entities]
    assert name in names and not {"N.A.", "Inc."} & set(names)


@pytest.mark.parametrize("text", [
    "The Coastal Fisheries Council fined Dunmore Cargo. Later the CFC said the case was closed.",
    "The CFC fined Dunmore Cargo on Monday. The Coastal Fisheries Council said the case was closed.",
])
def test_an_acronym_alone_is_the_full_name_before_or_after_it(extractor: Extractor, text: str) -> None:
    x = extractor.extract(read_text(text))
    assert {e.name: e.aliases for e in x.entities}.get("Coastal Fisheries Council") == ["CFC"]
    assert "CFC" not in {e.name for e in x.entities}


def test_a_bracketed_acronym_of_a_translated_name_is_an_alias(extractor: Extractor) -> None:
    text = "The Velden Market Authority (AGVM) fined Tavish Labs. The AGVM said the fine was final."
    x = extractor.extract(read_text(text))
    assert [e.aliases for e in x.entities if e.name == "Velden Market Authority"] == [["AGVM"]]


def test_coordinated_names_are_two(extractor: Extractor) -> None:
    x = extractor.extract(read_text("The Velden Trade Office fined Orsk Group and Pallow Holdings on Monday."))
    names = {e.id: e.name for e in x.entities}
    fined = {names[r.tail] for r in x.relations if r.type == "PENALIZED"}
    assert fined == {"Orsk Group", "Pallow Holdings"}


def test_descriptions_and_legal_forms_are_not_names(extractor: Extractor) -> None:
    text = ("Quorra, Inc. said AI tools helped. Ines Varga, Co-Director of the Velden Trade Office, fined a "
            "Chinese company and Quorra, Inc.")
    x = extractor.extract(read_text(text))
    names = {e.name for e in x.entities}
    assert "Ines Varga" in names and not [n for n in names if n.endswith(", Co")]
    assert "AI" not in next(e.aliases for e in x.entities if e.name == "Quorra, Inc.")
    assert match_key("Chinese company") != match_key("Chinese")
