"""show, queries, export, aliases, config: the commands analysts use after loading."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from graphload.cli import cli
from graphload.export import plain_graph
from graphload.store import EmbeddedStore
from tests.factories import extraction


def run(*args: str, **kwargs: object) -> str:
    result = CliRunner().invoke(cli, list(args), **kwargs)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def store(tmp_path: Path) -> str:
    s = EmbeddedStore(tmp_path / "store")
    s.write([
        extraction("a.txt", "Regulator fined ZAKER 3 million yuan.", [("Regulator", "PENALIZED", "ZAKER")],
                   amount=3000000, currency="CNY"),
        extraction("b.txt", "ZAKER apologized to Xiaomi; Zaker News sued Bao.",
                   [("ZAKER", "APOLOGIZED_TO", "Xiaomi"), ("Zaker News", "SUED", "Bao")]),
    ])
    return str(tmp_path / "store")


def test_show_forgives_spelling_and_lists_evidence(store: str) -> None:
    out = run("show", "--store", store, "zeker")
    assert out.startswith("ZAKER (Organization)")
    assert "<-[PENALIZED]- Regulator" in out and "amount=3000000" in out
    assert "-[APOLOGIZED_TO]-> Xiaomi" in out and "“ZAKER apologized to Xiaomi; Zaker News sued Bao.”" in out


def test_show_unknown_name_suggests_nothing_wrong(store: str) -> None:
    result = CliRunner().invoke(cli, ["show", "--store", store, "Tencent"])
    assert result.exit_code == 1 and "no entity matches 'Tencent'" in result.output


def test_queries_lists_names_descriptions_and_parameters() -> None:
    out = run("queries")
    assert re.search(r"^penalties_by_amount  \(\$min_amount\)$", out, re.M)
    assert "who_penalized_whom" in out


def test_export_json_reads_back_unchanged(store: str, tmp_path: Path) -> None:
    run("export", "--store", store, "--format", "json", "-o", str(tmp_path / "g.json"))
    back = nx.node_link_graph(json.loads((tmp_path / "g.json").read_text()), edges="edges")
    original = plain_graph(EmbeddedStore(store).graph())
    assert dict(back.nodes(data=True)) == dict(original.nodes(data=True))
    assert sorted(back.edges(keys=True, data=True), key=repr) == sorted(original.edges(keys=True, data=True), key=repr)


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_export_for_gephi_reads_back(store: str, tmp_path: Path, fmt: str, reader: object) -> None:
    path = tmp_path / f"g.{fmt}"
    run("export", "--store", store, "--format", fmt, "-o", str(path))
    back = reader(path)  # type: ignore[operator]
    original = EmbeddedStore(store).graph()
    assert back.number_of_nodes() == original.number_of_nodes()
    assert back.number_of_edges() == original.number_of_edges()
    names = {d.get("name") for _, d in back.nodes(data=True)} - {None}
    assert {"ZAKER", "Regulator", "Xiaomi", "Bao", "Zaker News"} <= names
    penalty = [d for _, _, d in back.edges(data=True) if d.get("relation") == "PENALIZED"][0]
    assert float(penalty["amount"]) == 3000000 and json.loads(penalty["evidence"])[0]["text"].startswith("Regulator")


def test_export_csv_has_neo4j_admin_headers(store: str, tmp_path: Path) -> None:
    out = run("export", "--store", store, "--format", "csv", "-o", str(tmp_path / "csv"))
    files = sorted(p.name for p in (tmp_path / "csv").iterdir())
    assert files == ["nodes-Document.csv", "nodes-Entity-Organization.csv", "relationships.csv"]
    assert out.count("wrote") == 3
    with (tmp_path / "csv" / "relationships.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    assert {":START_ID", ":END_ID", ":TYPE", "amount:long", "doc_ids:string[]"} <= set(rows[0])
    with (tmp_path / "csv" / "nodes-Entity-Organization.csv").open() as fh:
        header = next(csv.reader(fh))
    assert header[:2] == ["id:ID", ":LABEL"] and "mention_count:long" in header


def test_aliases_add_and_list(tmp_path: Path) -> None:
    file = tmp_path / "aliases.yml"
    file.write_text("# my case\nentities:\n  - {name: ZAKER, type: Organization, aliases: []}\n")
    run("aliases", "add", "ZAKER", "-a", "Zaker News", "--aliases", str(file))
    run("aliases", "add", "Lei Jun", "--type", "Person", "-a", "Mr. Lei", "--aliases", str(file))
    listed = json.loads(run("aliases", "list", "--json", "--aliases", str(file)))
    assert listed == [
        {"name": "ZAKER", "type": "Organization", "aliases": ["Zaker News"]},
        {"name": "Lei Jun", "type": "Person", "aliases": ["Mr. Lei"]},
    ]
    assert file.read_text().startswith("# my case\n")


def test_merge_folds_nodes_now_and_on_later_loads(store: str, tmp_path: Path) -> None:
    file = tmp_path / "aliases.yml"
    out = run("aliases", "merge", "ZAKER", "Zaker News", "--store", store, "--aliases", str(file))
    assert "1 stored document(s) updated" in out
    graph = EmbeddedStore(store).graph()
    names = {d["name"] for _, d in graph.nodes(data=True) if "Entity" in d["__labels__"]}
    assert "Zaker News" not in names
    assert graph.has_edge("organization:zaker", "organization:bao", "SUED") or any(
        d["type"] == "SUED" and u == "organization:zaker" for u, _, d in graph.edges(data=True))
    assert "Zaker News" in graph.nodes["organization:zaker"]["aliases"]
    later = tmp_path / "later.txt"
    later.write_text("Zaker News was fined 2 million yuan by the Cyberspace Administration of China.\n")
    run("load", "--store", store, "--aliases", str(file), str(later))
    names = {d["name"] for _, d in EmbeddedStore(store).graph().nodes(data=True) if "Entity" in d["__labels__"]}
    assert "Zaker News" not in names and "ZAKER" in names


def test_config_file_sets_defaults_and_flags_win(store: str, tmp_path: Path) -> None:
    config = tmp_path / "graphload.toml"
    config.write_text(f'store = "{store}"\n')
    assert "ZAKER" in run("--config", str(config), "query", "MATCH (e:Entity) RETURN e.name AS name")
    empty = str(tmp_path / "empty")
    assert "(no rows)" in run("--config", str(config), "query", "--store", empty,
                              "MATCH (e:Entity) RETURN e.name AS name")


def test_every_command_is_in_the_readme() -> None:
    readme = Path("README.md").read_text(encoding="utf-8")
    for name, command in cli.commands.items():
        subcommands = getattr(command, "commands", {}) or {"": None}
        for sub in subcommands:
            usage = f"graphload {name} {sub}".strip()
            assert usage in readme, f"`{usage}` is not documented in README.md"


def test_merge_takes_exact_names_only(store: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["aliases", "merge", "ZAKER", "Zaker Newz", "--store", store,
                                      "--aliases", str(tmp_path / "aliases.yml")])
    assert result.exit_code == 1 and "no entity matches 'Zaker Newz'" in result.output
    assert not (tmp_path / "aliases.yml").exists()


def test_csv_cells_that_look_like_formulas_are_defused(tmp_path: Path) -> None:
    s = EmbeddedStore(tmp_path / "s")
    s.write([extraction("f.txt", "x", [("=HYPERLINK(\"http://x\")", "SUED", "-Globex")])])
    out = run("query", "--store", str(tmp_path / "s"), "MATCH (e:Entity) RETURN e.name AS name", "--csv")
    assert sorted(out.splitlines()[1:]) == sorted(["'-Globex", '"\'=HYPERLINK(""http://x"")"'])


def test_force_reloads_stored_documents_with_a_new_alias(tmp_path: Path) -> None:
    aliases, doc = tmp_path / "aliases.yml", tmp_path / "a.txt"
    aliases.write_text("entities:\n  - {name: Globex, type: Organization}\n")
    doc.write_text("Globex was fined 2 million dollars by the Trade Board. GX Holdings said it would appeal.\n")
    store = str(tmp_path / "s")
    run("load", "--store", store, "--aliases", str(aliases), str(doc))
    run("aliases", "add", "Globex", "-a", "GX Holdings", "--aliases", str(aliases))
    assert "1 unchanged" in run("load", "--store", store, "--aliases", str(aliases), str(doc))
    assert "1 replaced" in run("load", "--store", store, "--aliases", str(aliases), "--force", str(doc))
    names = {d["name"] for _, d in EmbeddedStore(store).graph().nodes(data=True) if "Entity" in d["__labels__"]}
    assert "GX Holdings" not in names and "GX Holdings" in EmbeddedStore(store).graph().nodes[
        "organization:globex"]["aliases"]


def test_an_unnamed_actor_merged_into_a_known_one_stays_merged_on_reload(tmp_path: Path) -> None:
    aliases, doc, store = tmp_path / "aliases.yml", tmp_path / "a.txt", str(tmp_path / "s")
    aliases.write_text("entities:\n  - {name: Acme Motors, type: Organization}\n"
                       "  - {name: Globex Plastics, type: Organization}\n")
    doc.write_text("Acme Motors demanded a penalty payment from the supplier who had leaked the photographs.\n")
    run("load", "--store", store, "--aliases", str(aliases), str(doc))
    out = run("aliases", "merge", "Globex Plastics", "Acme Motors supplier", "--store", store,
              "--aliases", str(aliases))
    assert "1 stored document(s) updated" in out
    for _ in range(2):  # in the store now, and after re-extracting the document with the new alias file
        rows = json.loads(run("query", "--store", store, "who_penalized_whom", "--json"))
        assert [(r["penalizer"], r["penalized"]) for r in rows] == [("Acme Motors", "Globex Plastics")]
        run("load", "--store", store, "--aliases", str(aliases), "--force", str(doc))
