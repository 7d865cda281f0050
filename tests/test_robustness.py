"""Bad input, interrupted loads and hostile text: keep working, lose nothing, run nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import graphload
from graphload.cli import cli
from graphload.extract.money import find_money, money_properties
from graphload.read import ReadError, decode, html_to_text, read_text
from graphload.resolve import Gazetteer, KnownEntity, clean_surface, match_key
from graphload.store import EmbeddedStore
from tests.factories import extraction

ROOT = Path(__file__).resolve().parent.parent


def write_docs(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"d{i:05}.txt").write_text(f"Company{i} Ltd fined Firm{i} Inc. {i} million dollars.\n")


def test_an_interrupted_load_leaves_the_store_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = EmbeddedStore(tmp_path / "store")
    store.write([extraction("keep.txt", "Acme sued Globex.", [("Acme", "SUED", "Globex")])])
    before = (tmp_path / "store" / "graph.json").read_bytes()
    monkeypatch.setattr(graphload.api, "BATCH", 200)
    write_docs(tmp_path / "docs", graphload.api.BATCH + 50)  # the first batch is written before the stop
    seen = 0

    def stop_late(item: object) -> None:
        nonlocal seen
        seen += 1
        if seen == graphload.api.BATCH + 20:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        graphload.load([str(tmp_path / "docs")], store, model="none", on_document=stop_late)
    assert (tmp_path / "store" / "graph.json").read_bytes() == before
    result = graphload.load([str(tmp_path / "docs")], EmbeddedStore(tmp_path / "store"), model="none")
    assert result.counts["added"] == graphload.api.BATCH + 50  # a re-run completes it


def test_thousands_of_files_load_and_reload_idempotently(tmp_path: Path) -> None:
    write_docs(tmp_path / "many", 2000)
    first = graphload.load([str(tmp_path / "many")], EmbeddedStore(tmp_path / "s"), model="none")
    assert first.documents == 2000 and not first.errors
    again = graphload.load([str(tmp_path / "many")], EmbeddedStore(tmp_path / "s"), model="none")
    assert again.counts == {"added": 0, "replaced": 0, "unchanged": 2000}
    assert again.stats == first.stats


def test_a_50_mb_file_is_refused_with_a_limit_the_user_can_raise(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    (tmp_path / "ok.txt").write_text("Acme Corp sued Globex Inc. in March.\n")
    result = CliRunner().invoke(cli, ["load", "--store", str(tmp_path / "s"), "--model", "none", str(tmp_path)])
    assert result.exit_code == 0
    assert "huge.txt: 52.4 MB is over the 21 MB limit (raise it with --max-size)" in result.output
    assert "loaded 1 documents" in result.output


def test_an_unreadable_file_is_named(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Acme sued Globex.")
    secret.chmod(0)
    script = "import sys; from graphload.read import read_paths; print(*read_paths(sys.argv[1:]), sep='\\n')"
    command = [sys.executable, "-c", script, str(secret)]
    if os.geteuid() == 0:  # root reads anything: drop the capabilities that let it
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *command]
    out = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert out.strip() == f"{secret}: permission denied"


def test_hostile_html_yields_text_only(tmp_path: Path) -> None:
    page = ("<html><body><script>alert(1)</script><style>*{}</style><p>Acme fined "
            "<b>Globex</b> &lt;img src=x onerror=alert(1)&gt;.</p><iframe src='http://x'></iframe></body></html>")
    title, text = html_to_text(page)
    assert "alert(1)</script>" not in text and "*{}" not in text
    assert "Acme fined Globex <img src=x onerror=alert(1)>." in text  # kept as text, escaped when shown


# -- property-based: any input gives a result or a clear error, never a traceback -------------------------

@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_are_refused_clearly(data: bytes) -> None:
    try:
        text = decode(data, "f.txt")
    except ReadError as exc:
        assert str(exc).startswith("f.txt: ")
    else:
        assert isinstance(text, str)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_any_text_reads_or_is_refused_clearly(text: str) -> None:
    try:
        doc = read_text(text, "t.txt")
    except ReadError as exc:
        assert str(exc) == "t.txt: empty document"
    else:
        assert doc.id.startswith("sha256:") and all(0 <= s <= e <= len(doc.text) for s, e in doc.boilerplate)


MONEYISH = st.text(alphabet="0123456789 ,.$€£¥RMBUSDEURyuanmillionbk-", max_size=60)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), MONEYISH))
def test_money_parser_never_fails(text: str) -> None:
    for money in find_money(text):
        assert money.amount >= 0 and len(money.currency) == 3 and money.currency.isupper()
        assert 0 <= money.start < money.end <= len(text)
    props = money_properties(text)
    assert not props or {"amount", "currency"} <= set(props)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_resolver_never_fails(surface: str) -> None:
    gazetteer = Gazetteer([KnownEntity("ZAKER", "Organization", ["Zaker News"]),
                           KnownEntity("Lei Jun", "Person", [])])
    assert isinstance(clean_surface(surface), str) and isinstance(match_key(surface), str)
    hit = gazetteer.lookup(surface) or gazetteer.fuzzy(surface)
    assert hit is None or hit.name in ("ZAKER", "Lei Jun")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=80).filter(lambda s: s.strip() == s and s and "\0" not in s))
def test_any_parameter_value_stays_a_value(tmp_path: Path, name: str) -> None:
    store = EmbeddedStore(tmp_path / "p")
    if not (tmp_path / "p" / "graph.json").exists():
        store.write([extraction("a.txt", "x", [("Acme", "SUED", "Globex")])])
    rows = store.run("MATCH (e:Entity) WHERE e.name = $name RETURN e.name AS name", {"name": name})
    assert rows == ([{"name": name}] if name in ("Acme", "Globex") else [])


def test_a_file_name_with_glob_characters_is_that_file(tmp_path: Path) -> None:
    (tmp_path / "report[1].txt").write_text("Acme Corp sued Globex Inc. in March.\n")
    result = CliRunner().invoke(cli, ["load", "--store", str(tmp_path / "s"), "--model", "none",
                                      str(tmp_path / "report[1].txt")])
    assert result.exit_code == 0 and "loaded 1 documents" in result.output, result.output


@pytest.mark.parametrize("content, message", [
    ("entities: [", "not valid YAML"),
    ("- just a list\n", "expected 'entities:'"),
    ("entities:\n  - Acme\n", "entry 1 needs a name"),
    ("entities:\n  - {name: Acme, type: Company}\n", "entry 1 ('Acme') has type 'Company'"),
])
def test_a_malformed_alias_file_is_one_line(tmp_path: Path, content: str, message: str) -> None:
    aliases = tmp_path / "aliases.yml"
    aliases.write_text(content)
    (tmp_path / "a.txt").write_text("Acme sued Globex.\n")
    for args in (["load", "--store", str(tmp_path / "s"), str(tmp_path / "a.txt")], ["aliases", "list"]):
        result = CliRunner().invoke(cli, [*args, "--aliases", str(aliases)])
        assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("content", ["[]", '{"format": "graphload-store"}', '"text"'])
def test_a_foreign_store_file_is_refused_clearly(tmp_path: Path, content: str) -> None:
    (tmp_path / "graph.json").write_text(content)
    result = CliRunner().invoke(cli, ["stats", "--store", str(tmp_path)])
    assert result.exit_code == 1 and "not a graphload store" in result.output
    assert (tmp_path / "graph.json").read_text() == content
