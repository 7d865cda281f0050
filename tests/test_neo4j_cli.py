"""The commands on Neo4j, through the CLI as a user runs them, and loads that break off mid-way."""

from __future__ import annotations

import json
import math
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
from click.testing import CliRunner

import graphload
import graphload.api
from graphload.cli import cli
from graphload.store.neo4j import Neo4jStore
from tests.test_neo4j_store import comparable

ROOT = Path(__file__).resolve().parent.parent
DOCS = str(ROOT / "data" / "docs")


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_every_command_works_on_neo4j(neo4j_store: Neo4jStore, neo4j_uri: str, tmp_path: Path) -> None:
    on = ["--neo4j", neo4j_uri]
    assert "loaded 2 documents" in run("load", *on, DOCS)
    assert "2 unchanged" in run("load", *on, DOCS)
    rows = json.loads(run("query", *on, "who_penalized_whom", "--json"))
    assert {(r["penalizer"], r["penalized"]) for r in rows} >= {("Xiaomi", "ZAKER"), ("Xiaomi", "Xiaobai Mai Che")}
    assert run("show", *on, "zeker").startswith("ZAKER (Organization)")
    counts = json.loads(run("stats", *on, "--json"))
    assert counts["nodes"]["Document"] == 2 and counts["relationships"]["PENALIZED"] >= 2
    page = tmp_path / "view.html"
    assert "wrote" in run("render", *on, "--focus", "Xiaomi", "-o", str(page))
    assert "ZAKER" in page.read_text(encoding="utf-8")
    run("export", *on, "--format", "json", "-o", str(tmp_path / "g.json"))
    exported = nx.node_link_graph(json.loads((tmp_path / "g.json").read_text()), edges="edges")
    assert exported.number_of_edges() == sum(counts["relationships"].values())
    docs = json.loads(run("docs", *on, "--json"))
    assert len(docs) == 2
    assert "forgot 1 document" in run("forget", *on, docs[0]["path"])
    assert len(json.loads(run("docs", *on, "--json"))) == 1


def test_loading_in_another_order_gives_the_same_graph(neo4j_store: Neo4jStore, neo4j_uri: str) -> None:
    first, second = sorted(Path(DOCS).glob("*.txt"))
    run("load", "--neo4j", neo4j_uri, str(first))
    run("load", "--neo4j", neo4j_uri, str(second))
    one = comparable(neo4j_store.graph())
    neo4j_store.run("MATCH (n) DETACH DELETE n")
    run("load", "--neo4j", neo4j_uri, str(second))
    run("load", "--neo4j", neo4j_uri, str(first))
    nodes, edges = comparable(neo4j_store.graph())
    # evidence accumulates in load order: compare it as a set
    assert nodes == one[0] and len(edges) == len(one[1])


def test_a_load_cut_off_mid_way_keeps_whole_batches_and_a_rerun_completes_it(
        neo4j_store: Neo4jStore, neo4j_uri: str, tmp_path: Path) -> None:
    docs, aliases = tmp_path / "docs", tmp_path / "aliases.yml"
    docs.mkdir()
    total, pool = 3_000, 40
    for i in range(total):  # 10 actors and 5 fines each: 15 claims a document
        names = [f"Company{(7 * i + j) % pool}" for j in range(10)]
        fines = zip(names[::2], names[1::2], strict=True)
        (docs / f"d{i:04}.txt").write_text(f"Report {i}. " + " ".join(f"{a} fined {b}." for a, b in fines))
    aliases.write_text("entities:\n" + "".join(f"  - {{name: Company{k}, type: Organization}}\n" for k in range(pool)))
    per_batch = math.ceil(graphload.api.BATCH_CLAIMS / 15)
    options = ["--neo4j", neo4j_uri, "--model", "none", "--aliases", str(aliases), str(docs)]
    proc = subprocess.Popen([sys.executable, "-m", "graphload", "load", *options], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={k: v for k, v in os.environ.items() if k != "NEO4J_URI"})
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if neo4j_store.run("MATCH (d:Document) RETURN COUNT(d) AS n")[0]["n"]:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)  # the connection drops without a goodbye
    proc.wait()
    stored = neo4j_store.run("MATCH (d:Document) RETURN COUNT(d) AS n")[0]["n"]
    assert 0 < stored < total, "the load was not cut off mid-way"
    assert stored % per_batch == 0, f"{stored} documents: a batch of {per_batch} was half-written"
    for row in neo4j_store.run("MATCH (d:Document) OPTIONAL MATCH (e:Entity)-[:MENTIONED_IN]->(d) "
                               "RETURN d.path AS path, count(e) AS n"):
        assert row["n"] == 10, f"{row['path']} is stored without its entities"
    out = run("load", *options)
    assert f"{total - stored} added" in out and f"{stored} unchanged" in out
    assert neo4j_store.run("MATCH (d:Document) RETURN COUNT(d) AS n") == [{"n": total}]
    assert neo4j_store.run("MATCH (e:Entity) RETURN COUNT(e) AS n") == [{"n": pool}]
    fines = neo4j_store.run("MATCH (:Entity)-[r:PENALIZED]->(:Entity) RETURN sum(size(r.doc_ids)) AS n")
    assert fines == [{"n": total * 5}]  # every document's five fines, none twice


def test_force_re_extracts_on_neo4j_as_on_the_embedded_store(neo4j_store: Neo4jStore, neo4j_uri: str,
                                                             tmp_path: Path) -> None:
    for target in (["--neo4j", neo4j_uri], ["--store", str(tmp_path / "s")]):
        run("load", *target, DOCS)
        assert "2 replaced" in run("load", *target, "--force", DOCS)
    embedded = graphload.open_store(str(tmp_path / "s"))
    assert comparable(neo4j_store.graph())[0] == comparable(embedded.graph())[0]
    assert neo4j_store.run("MATCH (d:Document) RETURN COUNT(d) AS n") == [{"n": 2}]
