"""Scoring against gold: aliases honoured, alternatives accepted once, duplicate nodes penalised; per relation
type, which type came out instead, and penalty amounts."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from graphload import api
from graphload.cli import cli
from graphload.evaluate import evaluate, score_document
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


# A bakery guild and its members: invented actors, one gold file, edges built by hand.
BAKERS = {
    "doc": "bakers.txt",
    "entities": [
        {"name": "Tessaly Guild", "type": "Organization", "aliases": ["the Guild"]},
        {"name": "Quillfeather Bakery", "type": "Organization", "aliases": []},
        {"name": "Brindle Mills", "type": "Organization", "aliases": []},
        {"name": "Marlo Venn", "type": "Person", "aliases": []},
    ],
    "relations": [
        ["Tessaly Guild", "PENALIZED", "Quillfeather Bakery", {"amount": 12000, "currency": "EUR"}],
        ["Tessaly Guild", "PENALIZED", "Brindle Mills", {"amount": 5000, "currency": "EUR"}],
        ["Tessaly Guild", "PENALIZED", "Marlo Venn", {"reason": "a warning, no sum"}],
        ["Marlo Venn", "WORKS_FOR", "Quillfeather Bakery"],
        ["Brindle Mills", "SUPPLIER_OF", "Quillfeather Bakery", {"alt": ["Tessaly Guild"]}],
        ["Tessaly Guild", "SUED", "Brindle Mills"],
        ["Quillfeather Bakery", "DISMISSED", "Marlo Venn"],
    ],
}
IDS = {"Tessaly Guild": "o:guild", "Quillfeather Bakery": "o:bakery", "Brindle Mills": "o:mills",
       "Marlo Venn": "p:venn"}


def bakers(claims: list[tuple[str, str, str, dict[str, object]]], path: str = "bakers.txt") -> Extraction:
    ents = [entity("o:guild", "the Guild"), entity("o:bakery", "Quillfeather Bakery"),
            entity("o:mills", "Brindle Mills"), entity("p:venn", "Marlo Venn", "Person")]
    rels = [Relation(IDS[h], type_, IDS[t], props) for h, type_, t, props in claims]
    return Extraction(Document(path, "t", "text"), ents, rels)


CLAIMS = [
    ("Tessaly Guild", "PENALIZED", "Quillfeather Bakery", {"amount": 12050.0, "currency": "EUR"}),  # within 1 %
    ("Tessaly Guild", "PENALIZED", "Brindle Mills", {"amount": 5000, "currency": "USD"}),  # wrong currency
    ("Marlo Venn", "FOUNDED", "Quillfeather Bakery", {}),  # the WORKS_FOR pair with another type
    ("Brindle Mills", "SUPPLIER_OF", "Quillfeather Bakery", {}),
    ("Brindle Mills", "SUPPLIER_OF", "Tessaly Guild", {}),  # the alternative tail: the same gold triple again
    ("Brindle Mills", "SUED", "Tessaly Guild", {}),  # right type, reversed: a miss and a false edge
    ("Marlo Venn", "MEMBER_OF", "Brindle Mills", {}),  # no gold triple on this pair
]


def test_each_relation_type_gets_its_own_precision_and_recall() -> None:
    by_type = score_document(bakers(CLAIMS), BAKERS).by_type
    counts = {t: (s.gold, s.predicted, s.tp) for t, s in by_type.items()}
    assert counts == {
        "PENALIZED": (3, 2, 2), "WORKS_FOR": (1, 0, 0), "FOUNDED": (0, 1, 0), "SUPPLIER_OF": (1, 1, 1),
        "SUED": (1, 1, 0), "MEMBER_OF": (0, 1, 0), "DISMISSED": (1, 0, 0),
    }
    assert round(by_type["PENALIZED"].recall, 2) == 0.67 and by_type["PENALIZED"].precision == 1.0


def test_confusion_shows_which_type_came_out_instead() -> None:
    confusion = score_document(bakers(CLAIMS), BAKERS).confusion
    assert confusion == {
        "PENALIZED": {"PENALIZED": 2, "(none)": 1},  # the warning to Marlo Venn: nothing on that pair
        "WORKS_FOR": {"FOUNDED": 1},
        "SUPPLIER_OF": {"SUPPLIER_OF": 1},
        "SUED": {"(none)": 1},
        "DISMISSED": {"(none)": 1},
        "(none)": {"SUED": 1, "MEMBER_OF": 1},
    }


def test_a_wrong_type_on_a_missed_pair_is_read_either_direction() -> None:
    reversed_claims = [("Quillfeather Bakery", "ACQUIRED", "Brindle Mills", {})]  # gold: the mills supply the bakery
    assert score_document(bakers(reversed_claims), BAKERS).confusion["SUPPLIER_OF"] == {"ACQUIRED": 1}
    # two missed gold triples on one pair (he works for the bakery, it dismissed him): the same direction wins
    for head, tail, gold_type in (("Quillfeather Bakery", "Marlo Venn", "DISMISSED"),
                                  ("Marlo Venn", "Quillfeather Bakery", "WORKS_FOR")):
        confusion = score_document(bakers([(head, "SUED", tail, {})]), BAKERS).confusion
        assert confusion[gold_type] == {"SUED": 1}, confusion


def test_penalty_amounts_need_the_sum_within_a_percent_and_the_currency() -> None:
    report = score_document(bakers(CLAIMS), BAKERS)
    assert (report.amounts.right, report.amounts.matched) == (1, 2)  # the sum-less warning is not counted
    [wrong] = report.wrong_amounts
    assert (wrong.triple[2], wrong.gold, wrong.extracted) == ("Brindle Mills", "5000 EUR", "5000 USD")
    off_by_two_percent = [("Tessaly Guild", "PENALIZED", "Quillfeather Bakery", {"amount": 12240, "currency": "EUR"})]
    assert score_document(bakers(off_by_two_percent), BAKERS).amounts.right == 0


def gold_dir(tmp_path: Path) -> Path:
    for name in ("bakers.txt", "bakers2.txt"):
        (tmp_path / f"{name}.yml").write_text(yaml.safe_dump({**BAKERS, "doc": name}), encoding="utf-8")
    return tmp_path


def test_the_report_adds_types_confusion_and_amounts_over_documents(tmp_path: Path) -> None:
    report = evaluate([bakers(CLAIMS), bakers(CLAIMS, "bakers2.txt")], gold_dir(tmp_path))
    assert (report.by_type["PENALIZED"].gold, report.by_type["PENALIZED"].tp) == (6, 4)
    assert report.confusion["WORKS_FOR"] == {"FOUNDED": 2}
    assert (report.amounts.right, report.amounts.matched) == (2, 4)
    data = json.loads(json.dumps(report.as_dict()))
    assert data["by_type"]["SUED"]["fp"] == 2 and data["amounts"] == {"right": 2, "matched": 4}
    assert data["documents"][1]["confusion"]["(none)"] == {"SUED": 1, "MEMBER_OF": 1}


@pytest.fixture
def eval_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., str]:
    """`graphload eval` as a user runs it, on the hand-made extractions instead of the extractor's."""
    gold = gold_dir(tmp_path)
    extractions = [bakers(CLAIMS), bakers(CLAIMS, "bakers2.txt")]
    monkeypatch.setattr(api, "evaluate", lambda *args, **kwargs: evaluate(extractions, gold))

    def run(*args: str) -> str:
        result = CliRunner().invoke(cli, ["eval", str(gold), *args])
        assert result.exit_code == 0, result.output
        return result.output
    return run


def test_eval_prints_the_type_table_the_confusion_and_the_amounts(eval_output: Callable[..., str]) -> None:
    lines = [line.split() for line in eval_output().splitlines()]
    assert ["type", "gold", "predicted", "found", "P", "R", "F1"] in lines
    assert ["PENALIZED", "6", "4", "4", "1.00", "0.67", "0.80"] in lines
    start = lines.index(next(line for line in lines if line[:3] == ["gold", "\\", "predicted"]))
    header = lines[start]
    works_for = next(line for line in lines[start:] if line[:1] == ["WORKS_FOR"])
    assert dict(zip(header[3:], works_for[1:], strict=True))["FOUN"] == "2"
    assert ["amounts:", "right", "on", "2", "of", "4", "matched", "penalties"] in lines
    assert ["ALL", "1.00", "1.00", "1.00", "0.50", "0.43", "0.46"] in lines  # the first table: P 3/6, R 3/7


def test_eval_no_by_type_and_json(eval_output: Callable[..., str]) -> None:
    assert "amounts:" not in eval_output("--no-by-type") and "PENALIZED" not in eval_output("--no-by-type")
    data = json.loads(eval_output("--json"))
    assert data["by_type"]["WORKS_FOR"]["fn"] == 2 and len(data["documents"]) == 2
    assert "wrong amount: Tessaly Guild -[PENALIZED]-> Brindle Mills: 5000 EUR, extracted 5000 USD" in eval_output(
        "--verbose")


def test_a_document_that_cannot_be_read_counts_as_all_missed(tmp_path: Path, caplog: pytest.LogCaptureFixture
                                                              ) -> None:
    """Scores must not rise because a document failed: its gold is missed and the failure is named."""
    (tmp_path / "gold").mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "gold" / "a.yml").write_text(yaml.safe_dump(GOLD), encoding="utf-8")
    (tmp_path / "docs" / "a.txt").write_bytes(b"\x00\x01\x02 not text")
    result = CliRunner().invoke(cli, ["eval", str(tmp_path / "gold"), "--no-by-type"])
    assert result.exit_code == 0, result.output
    all_line = next(line.split() for line in result.output.splitlines() if line.startswith("ALL"))
    assert all_line[1:] == ["0.00"] * 6  # three gold entities and one relation, all missed
    assert "a.txt: binary file, not text; its gold counts as missed" in caplog.text
