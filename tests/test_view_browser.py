"""The HTML view in a real headless Chromium with the network off: it draws, holds exactly the
graph after cuts, shows evidence on click, and runs nothing that came from a document."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

import graphload
from graphload.render import write_view
from tests.browser import Browser, Page, chromium_path
from tests.view_graphs import HREF, IMG, SCRIPT, chain, hostile, synthetic

ROOT = Path(__file__).resolve().parents[1]
PAINTED_PIXELS = """(() => {
  const canvas = document.querySelector("#graph canvas");
  const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
  return painted;
})()"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = chromium_path()
    if executable is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("chromium is required for the view tests under CI (make chromium installs it)")
        pytest.skip("chromium is not installed")
    chromium = Browser(executable)
    yield chromium
    chromium.close()


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    store = graphload.open_store(str(tmp_path_factory.mktemp("store")))
    graphload.load([str(ROOT / "data" / "docs")], store=store, aliases=str(ROOT / "data" / "aliases.yml"))
    return store.graph()


def open_view(browser: Browser, path: Path) -> Page:
    page = browser.open(path.as_uri())
    page.wait_for("window.graphloadView && window.graphloadView.settled !== null")
    return page


def counts(page: Page) -> list[int]:
    return page.evaluate("[graphloadView.nodes.length, graphloadView.edges.length]")


def details(page: Page) -> str:
    return page.evaluate('document.getElementById("details").textContent')


def test_sample_view_draws_offline_with_every_entity_and_relation(browser, sample, tmp_path):
    path = write_view(sample, tmp_path / "sample.html", title="Sample documents")
    page = open_view(browser, path)
    entities = [n for n, d in sample.nodes(data=True) if "Entity" in d["__labels__"]]
    relations = [e for e in sample.edges(data="type") if e[2] != "MENTIONED_IN"]
    assert counts(page) == [len(entities), len(relations)]
    related = {n for u, v, _ in relations for n in (u, v)}
    assert page.evaluate("graphloadView.nodes.get({filter: (n) => !n.hidden}).length") == len(related)
    if len(related) < len(entities):  # a box shows the entities without relations
        page.evaluate('document.querySelector("#entity-legend input[value=loners]").click(); 1')
    assert page.evaluate("graphloadView.nodes.get({filter: (n) => !n.hidden}).length") == len(entities)
    assert page.evaluate(PAINTED_PIXELS) > 2000
    assert page.requests == [path.as_uri()]  # nothing else was even asked for
    assert page.csp_violations == []


def test_clicks_show_evidence_search_focuses_and_filters_hide(browser, tmp_path):
    path = write_view(chain(), tmp_path / "chain.html", max_nodes=4)
    page = open_view(browser, path)
    assert counts(page) == [4, 3]  # Eve, the least connected, was cut
    assert "Eve" in page.evaluate('document.getElementById("cut-note").innerText')

    page.click(*page.edge_point("PENALIZED"))
    page.wait_for('document.getElementById("details").textContent.includes("Evidence")')
    shown = details(page)
    for text in ("Acme fined Beta 3 million yuan.", "3,000,000 CNY", "Chain story (cases/doc.txt)"):
        assert text in shown

    page.click(*page.node_point("Beta"))
    page.wait_for('document.querySelector("#details h3").innerText === "Beta"')
    assert "Beta Corp" in details(page)

    page.evaluate('document.getElementById("details").replaceChildren(); 1')
    page.send("Runtime.evaluate", {"expression": 'document.getElementById("search").focus()'})
    page.send("Input.insertText", {"text": "cato"})
    page.send("Input.dispatchKeyEvent", {"type": "keyDown", "key": "Enter", "code": "Enter",
                                         "windowsVirtualKeyCode": 13})
    page.wait_for('document.querySelector("#details h3")?.innerText === "Cato"')
    assert page.evaluate("graphloadView.nodes.get(graphloadView.network.getSelectedNodes())[0].label") == "Cato"

    page.evaluate('document.querySelector("#relation-filter input[value=PENALIZED]").click(); 1')
    visible = page.evaluate("graphloadView.edges.get({filter: (e) => !e.hidden}).map((e) => e.label)")
    assert sorted(visible) == ["SUED", "WORKS_FOR"]


def test_markup_from_documents_is_shown_as_text_and_runs_nothing(browser, tmp_path):
    title = f"Case {SCRIPT}"
    page = open_view(browser, write_view(hostile(), tmp_path / "hostile.html", title=title))
    x, y = page.node_point("Victim")  # its name holds "href", which made pyvis switch tooltips to HTML
    page.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})
    tooltip = page.wait_for('document.querySelector("div.vis-tooltip")?.style.visibility === "visible"'
                            ' && document.querySelector("div.vis-tooltip").innerText')
    assert HREF in tooltip
    page.click(*page.node_point("Evil"))
    page.wait_for('document.querySelector("#details h3")?.innerText.startsWith("Evil")')
    assert SCRIPT in details(page)
    page.click(*page.edge_point("PENALIZED"))
    page.wait_for('document.getElementById("details").textContent.includes("Evidence")')
    assert f"They said {SCRIPT} and {HREF} then {IMG}." in details(page)
    assert f"Leak {IMG} (cases/{IMG}.txt)" in details(page)
    time.sleep(0.3)  # give any injected handler (img onerror) time to fire

    assert page.evaluate("window.__xss") == [] and page.dialogs == []
    assert page.csp_violations == []  # nothing even tried to run or load
    assert page.evaluate("document.querySelectorAll('img, a, iframe, [onerror]').length") == 0
    assert page.evaluate("document.scripts.length") == 3
    assert page.evaluate("[document.title, document.querySelector('h1').innerText]") == [title, title]


def test_two_thousand_nodes_settle_in_seconds(browser, tmp_path):
    graph = synthetic(2000, 8000)
    started = time.perf_counter()
    page = open_view(browser, write_view(graph, tmp_path / "large.html"))
    assert time.perf_counter() - started < 20  # default physics takes about a minute here
    assert counts(page) == [2000, 8000]
    assert page.evaluate(PAINTED_PIXELS) > 2000


def test_without_chromium_ci_fails_instead_of_skipping() -> None:
    env = {**os.environ, "CI": "true", "GRAPHLOAD_CHROMIUM": "/nonexistent/chromium"}
    test = f"{__file__}::test_sample_view_draws_offline_with_every_entity_and_relation"
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "chromium is required" in done.stdout, done.stdout[-2000:]
