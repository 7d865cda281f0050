"""The HTML view without a browser: what the cuts keep, and that document text cannot become markup."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import pyvis

from graphload.render import write_view
from graphload.view_cut import cut_graph
from tests.view_graphs import HREF, IMG, SCRIPT, chain, hostile

VIS_JS = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / "vis-network.min.js"


def names(cut_graph_result) -> set[str]:
    return {d["name"] for _, d in cut_graph_result.graph.nodes(data=True)}


def page_data(page: str) -> dict:
    """The JSON block the page script reads, parsed the way JSON.parse would."""
    block = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)
    assert block, "no data block"
    return json.loads(block.group(1))


def test_without_cuts_every_entity_and_relation_is_drawn_but_no_documents():
    cut = cut_graph(chain())
    assert names(cut) == {"Acme", "Beta", "Cato", "Dana", "Eve"}
    assert sorted(d["type"] for _, _, d in cut.graph.edges(data=True)) == ["PENALIZED", "SUED", "WORKS_FOR"]
    assert cut.notes == [] and cut.left_out == []


@pytest.mark.parametrize(("depth", "expected"), [
    (0, {"Beta"}), (1, {"Acme", "Beta", "Cato"}), (2, {"Acme", "Beta", "Cato", "Dana"}),
])
def test_focus_matches_an_alias_ignoring_case_and_follows_relations_both_ways(depth, expected):
    cut = cut_graph(chain(), focus="beta CORP", depth=depth)
    assert names(cut) == expected
    assert any("beta CORP" in note for note in cut.notes)


def test_unknown_focus_is_a_clear_error():
    with pytest.raises(ValueError, match="Nobody"):
        cut_graph(chain(), focus="Nobody")


def test_relation_types_and_confidence_drop_edges_and_the_entities_they_leave_alone():
    assert names(cut_graph(chain(), types=["penalized"])) == {"Acme", "Beta"}
    strong = cut_graph(chain(), min_confidence=0.6)
    assert names(strong) == {"Acme", "Beta", "Cato", "Dana"}
    assert {d["type"] for _, _, d in strong.graph.edges(data=True)} == {"PENALIZED", "WORKS_FOR"}


def test_max_nodes_keeps_the_most_connected_and_says_what_was_left_out():
    cut = cut_graph(chain(), max_nodes=2)
    assert names(cut) == {"Beta", "Cato"}  # the only entities with two relations each
    assert set(cut.left_out) == {"Acme", "Dana", "Eve"}
    assert any("3 entities" in note and "2 of 3 relations" in note for note in cut.notes)


def test_focus_survives_max_nodes():
    assert "Eve" in names(cut_graph(chain(), focus="eve", depth=1, max_nodes=1))


def test_penalty_edges_are_labelled_with_amount_and_currency(tmp_path: Path):
    data = page_data(write_view(chain(), tmp_path / "v.html").read_text(encoding="utf-8"))
    labels = {e["label"] for e in data["edges"]}
    assert labels == {"PENALIZED 3,000,000 CNY", "SUED", "WORKS_FOR"}
    assert [ev["text"] for e in data["edges"] for ev in e["evidence"] if e["type"] == "PENALIZED"] == [
        "Acme fined Beta 3 million yuan."]


def test_page_inlines_vis_network_from_pyvis_and_references_nothing_outside_itself(tmp_path: Path):
    page = write_view(chain(), tmp_path / "v.html").read_text(encoding="utf-8")
    assert VIS_JS.read_text(encoding="utf-8") in page
    assert not re.search(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"<link\b|<script[^>]*\bsrc\b|<iframe\b", page, re.I)
    assert "default-src 'none'" in page  # and the browser is told to fetch nothing if something slipped in


def test_markup_in_document_text_stays_data(tmp_path: Path):
    page = write_view(hostile(), tmp_path / "v.html", title=f"Case {SCRIPT}").read_text(encoding="utf-8")
    for payload in (IMG, SCRIPT, HREF, "<img", "<a href"):
        assert payload not in page
    ours = page.replace(VIS_JS.read_text(encoding="utf-8"), "")  # vis-network's own code has "<script>" strings
    assert len(re.findall(r"<script\b", ours)) == 3 and ours.count("</script>") == 3
    data = page_data(page)  # ...while the reader still gets the exact text
    assert {n["name"] for n in data["nodes"]} == {f"Evil {IMG}", f"Victim {HREF}"}
    assert SCRIPT in data["nodes"][0]["aliases"] + data["nodes"][1]["aliases"]
    assert data["edges"][0]["evidence"][0]["text"] == f"They said {SCRIPT} and {HREF} then {IMG}."
    assert [d["title"] for d in data["documents"].values()] == [f"Leak {IMG}"]
    assert "<title>Case &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;</title>" in page


def test_large_views_are_cut_and_the_page_says_so(tmp_path: Path):
    data = page_data(write_view(chain(), tmp_path / "v.html", max_nodes=2).read_text(encoding="utf-8"))
    assert len(data["nodes"]) == 2
    assert sorted(data["leftOut"]) == ["Acme", "Dana", "Eve"]


def test_write_view_rejects_an_unknown_focus_before_writing(tmp_path: Path):
    with pytest.raises(ValueError):
        write_view(chain(), tmp_path / "v.html", focus="nobody")
    assert not (tmp_path / "v.html").exists()
