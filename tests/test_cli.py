"""The command line as a user drives it: load, query, stats, docs, forget, extract, eval."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphload.cli import EXIT_NOTHING_LOADED, cli

DOCS = Path("data/docs")


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> str:
    store = str(tmp_path_factory.mktemp("store"))
    result = CliRunner().invoke(cli, ["load", "--store", store, str(DOCS)])
    assert result.exit_code == 0, result.output
    return store


def run(*args: str, input: str | None = None) -> str:
    result = CliRunner().invoke(cli, list(args), input=input)
    assert result.exit_code == 0, result.output
    return result.output


def test_load_summarises_what_it_stored(loaded: str) -> None:
    out = run("load", "--store", loaded, str(DOCS))
    assert "loaded 2 documents" in out
    assert "0 added" in out and "2 unchanged" in out  # a second load changes nothing


def test_who_penalized_whom_lists_both_outlets_with_amounts(loaded: str) -> None:
    rows = json.loads(run("query", "--store", loaded, "-f", "cypher/who_penalized_whom.cypher", "--json"))
    pairs = {(r["penalizer"], r["penalized"]): r for r in rows}
    for outlet in ("ZAKER", "Xiaobai Mai Che"):
        row = pairs[("Xiaomi", outlet)]
        assert row["amount"] > 0 and row["currency"] == "CNY"


def test_query_by_name_with_parameters_and_stdin(loaded: str) -> None:
    by_name = json.loads(run("query", "--store", loaded, "penalties_by_amount", "-p", "min_amount", "1", "--json"))
    assert by_name and all(r["amount"] >= 1 for r in by_name)
    text = "MATCH (e:Organization) WHERE e.name = $name RETURN e.name AS name"
    rows = json.loads(run("query", "--store", loaded, "-", "-p", "name", "ZAKER", "--json", input=text))
    assert rows == [{"name": "ZAKER"}]


def test_query_formats_table_and_csv(loaded: str) -> None:
    table = run("query", "--store", loaded, "who_penalized_whom")
    assert table.splitlines()[0].split()[:2] == ["penalizer", "penalized"]
    csv_out = run("query", "--store", loaded, "who_penalized_whom", "--csv")
    assert csv_out.splitlines()[0].startswith("penalizer,penalized,amount,currency")


def test_query_errors_are_one_line(loaded: str) -> None:
    result = CliRunner().invoke(cli, ["query", "--store", loaded, "penalties_by_amount"])
    assert result.exit_code == 1
    assert "-p min_amount" in result.output and "Traceback" not in result.output


def test_stats_and_docs(loaded: str) -> None:
    counts = json.loads(run("stats", "--store", loaded, "--json"))
    assert counts["nodes"]["Document"] == 2 and counts["relationships"]["PENALIZED"] >= 2
    docs = json.loads(run("docs", "--store", loaded, "--json"))
    assert sorted(Path(d["path"]).name for d in docs) == sorted(p.name for p in DOCS.glob("*.txt"))


def test_forget_removes_a_document_and_only_its_claims(tmp_path: Path) -> None:
    store = str(tmp_path)
    run("load", "--store", store, str(DOCS))
    first = sorted(DOCS.glob("*.txt"))[0]
    assert "forgot 1 document" in run("forget", "--store", store, str(first))
    docs = json.loads(run("docs", "--store", store, "--json"))
    assert [Path(d["path"]).name for d in docs] == [sorted(DOCS.glob("*.txt"))[1].name]
    result = CliRunner().invoke(cli, ["forget", "--store", store, str(first)])
    assert result.exit_code == 1 and "no loaded document" in result.output


def test_bad_files_are_named_and_the_rest_loads(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    good = tmp_path / "good.txt"
    good.write_text("Acme Corp fined Globex Inc. $2 million for price fixing, regulators said.\n")
    result = CliRunner().invoke(cli, ["load", "--store", str(tmp_path / "s"), str(tmp_path), "missing.txt"])
    assert result.exit_code == 0
    assert "empty.txt: empty document" in result.output
    assert "image.txt: binary file" in result.output
    assert "missing.txt: no such file" in result.output
    assert "loaded 1 documents" in result.output


def test_nothing_loadable_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n")
    result = CliRunner().invoke(cli, ["load", "--store", str(tmp_path / "s"), str(tmp_path / "empty.txt")])
    assert result.exit_code == EXIT_NOTHING_LOADED


def test_extract_jsonl_follows_the_contract() -> None:
    lines = run("extract", *map(str, sorted(DOCS.glob("*.txt"))), "--format", "jsonl").splitlines()
    assert len(lines) == 2
    for line in lines:
        doc = json.loads(line)
        assert doc["document"]["id"].startswith("sha256:") and doc["document"]["path"].endswith(".txt")
        ids = {e["id"] for e in doc["entities"]}
        for ent in doc["entities"]:
            assert ent["type"] in ("Person", "Organization", "Product")
            assert ent["id"].startswith(ent["type"].lower() + ":")
            assert all(0 <= s < e for s, e in ent["mentions"])
        for rel in doc["relations"]:
            assert rel["head"] in ids and rel["tail"] in ids
            assert 0 < rel["confidence"] <= 1 and rel["evidence"]
            for ev in rel["evidence"]:
                assert ev["text"] and ev["start"] < ev["end"]


def test_evidence_offsets_point_at_the_sentence() -> None:
    path = sorted(DOCS.glob("*.txt"))[0]
    text = path.read_text(encoding="utf-8")
    doc = json.loads(run("extract", str(path)).splitlines()[0])
    for rel in doc["relations"]:
        for ev in rel["evidence"]:
            assert text[ev["start"] : ev["end"]].strip() == ev["text"]


def test_eval_prints_precision_recall_f1() -> None:
    out = run("eval", "data/gold", str(DOCS), "--verbose")
    header = out.splitlines()[0].split()
    assert header == ["document", "entity_P", "entity_R", "entity_F1", "relation_P", "relation_R", "relation_F1"]
    total = next(line.split() for line in out.splitlines() if line.startswith("ALL"))
    entity_f1, relation_f1 = float(total[3]), float(total[6])
    assert entity_f1 >= 0.90 and relation_f1 >= 0.90, out  # the product's targets on the samples
    assert "missed relation:" in out or relation_f1 == 1.0


DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev"


@pytest.mark.skipif(not DEV.is_dir(), reason="the dev set lives beside the repository, in ../shared")
def test_dev_set_relation_f1_does_not_regress() -> None:
    """A regression guard a little under today's score on the 31 dev texts (0.49-0.52), not the target (0.75):
    these texts were read while writing the layers, so their score says nothing about unseen news."""
    out = run("eval", str(DEV / "gold"))
    total = next(line.split() for line in out.splitlines() if line.startswith("ALL"))
    assert float(total[6]) >= 0.45, out


def test_every_command_has_help_with_an_example() -> None:
    for name, command in cli.commands.items():
        out = run(name, "--help")
        assert "Example" in out, f"graphload {name} --help has no example"
        assert command.help


def test_query_from_a_file_of_any_name(loaded: str, tmp_path: Path) -> None:
    (tmp_path / "q.txt").write_text("MATCH (e:Organization) WHERE e.name = $name RETURN e.name AS name")
    rows = json.loads(run("query", "--store", loaded, "-f", str(tmp_path / "q.txt"), "-p", "name", "ZAKER", "--json"))
    assert rows == [{"name": "ZAKER"}]
