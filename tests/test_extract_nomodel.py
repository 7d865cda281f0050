"""Without a statistical model: gazetteer names, word-order rules, and no edges from look-alike words."""

from __future__ import annotations

import pytest

from graphload.extract import Extractor
from graphload.extract.money import find_money
from graphload.read import read_text
from graphload.resolve import Gazetteer, KnownEntity

NAMES = ("Acme", "Globex", "Initech", "Umbrella")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Gazetteer([KnownEntity(n, "Organization") for n in NAMES]), model="none")


def triples(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    found = extractor.extract(read_text(text))
    names = {e.id: e.name for e in found.entities}
    return {(names[r.head], r.type, names[r.tail]) for r in found.relations}


@pytest.mark.parametrize("text, expected", [
    ("Acme fined Globex $3 million.", {("Acme", "PENALIZED", "Globex")}),
    ("Globex was sued by Acme in March.", {("Acme", "SUED", "Globex")}),
    ("Acme worked with Globex on the launch.", {("Acme", "PARTNERS_WITH", "Globex")}),
])
def test_inflected_triggers_between_two_names(extractor: Extractor, text: str, expected: set) -> None:
    assert triples(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Acme is working on a deal with Globex.",    # "work" without its particle
    "Initech found a layer of rust at Umbrella.",  # "found" is mostly "find" without a parser
    "Acme filed its final report on Globex.",     # "final" is not "fine"
    "Acme did not sue Globex.",                   # negation
])
def test_look_alike_words_give_no_edge(extractor: Extractor, text: str) -> None:
    assert triples(extractor, text) == set()


def test_won_is_money_only_after_digits() -> None:
    assert find_money("The two won the bid.") == []
    assert [(m.amount, m.currency) for m in find_money("a fine of 5 billion won")] == [(5e9, "KRW")]
