"""Readers: article text from .txt, .md and .html; bad files become one clear error each."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphload.read import ReadError, read_file, read_paths, read_text

PAGE = """<html><head><title>Regulator fines Acme</title><style>p {color: red}</style>
<script>document.write("tracking")</script></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Regulator fines Acme</h1><p>The regulator fined Acme &amp; Sons $3 million on Monday.</p>
<p>Acme said it would appeal.</p></article>
<footer>Copyright 2024 Example News</footer></body></html>"""


def test_html_keeps_the_article_and_drops_scripts_styles_and_menus(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(PAGE)
    doc = read_file(page)
    assert doc.title == "Regulator fines Acme"
    assert "fined Acme & Sons $3 million" in doc.text
    for chrome in ("tracking", "color: red", "Home", "Copyright"):
        assert chrome not in doc.text


def test_markdown_links_and_emphasis_become_plain_text(tmp_path: Path) -> None:
    md = tmp_path / "note.md"
    md.write_text("# Fine\n\n**Acme** was fined by [the regulator](https://example.org).\n")
    assert read_file(md).text.splitlines()[-1] == "Acme was fined by the regulator."


@pytest.mark.parametrize("encoding", ["gb18030", "latin-1"])
def test_legacy_encodings_are_decoded(tmp_path: Path, encoding: str) -> None:
    text = "小米起诉了供应商。" if encoding == "gb18030" else "Société Générale fined Zoë Müller."
    f = tmp_path / "legacy.txt"
    f.write_bytes(text.encode(encoding))
    assert read_file(f).text == text


def test_the_same_text_saved_twice_is_one_document(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Acme fined Globex.\n")
    (tmp_path / "b.txt").write_text("Acme   fined\r\nGlobex.")
    assert read_file(tmp_path / "a.txt").id == read_file(tmp_path / "b.txt").id


def test_bad_inputs_are_named_and_do_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 10)
    (tmp_path / "big.txt").write_text("word " * 1000)  # 5,000 bytes
    (tmp_path / "ok.txt").write_text("Acme fined Globex.")
    items = list(read_paths([str(tmp_path), str(tmp_path / "nope.txt")], max_bytes=4000))
    errors = sorted(str(e) for e in items if isinstance(e, ReadError))
    assert [Path(d.path).name for d in items if not isinstance(d, ReadError)] == ["ok.txt"]
    assert any("nope.txt: no such file" in e for e in errors)
    assert any("empty.txt: empty document" in e for e in errors)
    assert any("scan.txt: binary file" in e for e in errors)
    assert any("big.txt" in e and "--max-size" in e for e in errors)


def test_globs_and_folders_expand(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("A.")
    (tmp_path / "b.html").write_text("<p>B.</p>")
    (tmp_path / "c.png").write_bytes(b"\x89PNG")
    found = sorted(Path(d.path).name for d in read_paths([str(tmp_path / "**" / "*.txt"), str(tmp_path)]))
    assert found == ["a.txt", "b.html"]


def test_navigation_trails_are_boilerplate_but_prose_with_a_bar_is_not() -> None:
    doc = read_text("Home | News | Competition\n\nAcme said profits rose | fell in a long sentence of prose.\n")
    crumbs, prose = doc.text.splitlines()[0], doc.text.splitlines()[2]
    assert doc.is_boilerplate(0, len(crumbs))
    start = doc.text.index(prose)
    assert not doc.is_boilerplate(start, start + len(prose))
