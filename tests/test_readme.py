"""The README's Python example runs as written, and a view displays in a notebook."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import graphload

ROOT = Path(__file__).resolve().parent.parent


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)


def test_the_readme_python_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    blocks = python_blocks()
    assert blocks, "README.md has no ```python example"
    shutil.copytree(ROOT / "data", tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "Xiaomi -> ZAKER" in out and "ZAKER [(" in out


def test_a_view_displays_inline_in_a_notebook(tmp_path: Path) -> None:
    store = graphload.open_store(str(tmp_path / "s"))
    graphload.load([str(ROOT / "data" / "docs")], store)
    html = graphload.view(store, tmp_path / "v.html")._repr_html_()
    assert html.startswith("<iframe srcdoc=") and 'sandbox="allow-scripts"' in html
    assert "<script" not in html  # the page is inside the attribute, escaped, not in the notebook's DOM
    assert "vis.DataSet" in html or "vis-network" in html
