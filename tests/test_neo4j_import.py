"""`graphload export --format csv` files load into a real Neo4j with `neo4j-admin database import`."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from click.testing import CliRunner
from neo4j import GraphDatabase

import graphload
from graphload.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "neo4j-local"


def test_csv_export_imports_into_neo4j(tmp_path: Path, neo4j_uri: str) -> None:
    """A second, throw-away instance: import needs an empty database, never the test server's."""
    store = graphload.open_store(str(tmp_path / "store"))
    graphload.load([str(ROOT / "data" / "docs")], store)
    result = CliRunner().invoke(cli, ["export", "--store", str(tmp_path / "store"), "--format", "csv",
                                      "-o", str(tmp_path / "csv")])
    assert result.exit_code == 0, result.output
    files = sorted((tmp_path / "csv").glob("*.csv"))
    args = [f"--nodes={f}" for f in files if f.name.startswith("nodes-")]
    args += [f"--relationships={tmp_path / 'csv' / 'relationships.csv'}"]

    env = {k: v for k, v in os.environ.items() if k != "NEO4J_LOCAL_PORT"}
    env.update(NEO4J_LOCAL_STATE=str(tmp_path / "neo4j"), NEO4J_LOCAL_HEAP="256m")
    imported = subprocess.run([str(SCRIPT), "admin", "--", "database", "import", "full", "neo4j", *args],
                              env=env, capture_output=True, text=True, cwd=tmp_path)  # its import.report
    assert imported.returncode == 0, imported.stdout[-2000:] + imported.stderr[-2000:]
    subprocess.run([str(SCRIPT), "start"], env=env, check=True, capture_output=True)
    try:
        uri = (tmp_path / "neo4j" / "uri").read_text().strip()
        with GraphDatabase.driver(uri) as driver:
            labels, _, _ = driver.execute_query("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n")
            types, _, _ = driver.execute_query("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n")
            penalties, _, _ = driver.execute_query(
                "MATCH (h:Entity)-[r:PENALIZED]->(t:Entity) RETURN h.name AS h, t.name AS t, r.amount AS amount, "
                "r.currency AS currency, r.doc_ids AS doc_ids, r.evidence AS evidence")
    finally:
        subprocess.run([str(SCRIPT), "stop"], env=env, check=True, capture_output=True)
    stats = store.stats()
    assert {r["l"]: r["n"] for r in labels} == stats["nodes"]
    assert {r["t"]: r["n"] for r in types} == stats["relationships"]
    graph = store.graph()
    expected = {(graph.nodes[u]["name"], graph.nodes[v]["name"]): d for u, v, k, d in graph.edges(keys=True, data=True)
                if k == "PENALIZED"}
    assert len(penalties) == len(expected) > 0
    for row in penalties:
        edge = expected[(row["h"], row["t"])]
        assert (row["amount"], row["currency"], row["doc_ids"]) == (edge["amount"], edge["currency"], edge["doc_ids"])
        assert json.loads(row["evidence"]) == edge["evidence"]
