"""Commands import only what they use: `graphload --help` and `graphload queries` start without spaCy, the
extractor, networkx, pyvis, the Cypher engine or the Neo4j driver, and the Python API still works as
documented once those are imported on first use. Each case runs in a fresh interpreter, as a user's would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
HEAVY = ("spacy", "networkx", "pyvis", "falkordb", "redis", "neo4j", "graphload.extract", "graphload.store")


def python(code: str, *args: str) -> str:
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=REPO, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("args", [["--help"], ["queries"], ["load", "--help"], ["export", "--help"]])
def test_commands_that_need_no_store_or_model_import_neither(args: list[str]) -> None:
    code = ("import sys\nfrom graphload.cli import cli\n"
            "try:\n    cli(sys.argv[1:], prog_name='graphload')\nexcept SystemExit:\n    pass\n"
            f"print('imported:', *[m for m in {HEAVY!r} if m in sys.modules])")
    assert python(code, *args).splitlines()[-1] == "imported:"


def test_the_api_works_as_documented_after_its_lazy_imports(tmp_path: Path) -> None:
    doc = tmp_path / "notice.txt"
    doc.write_text("The Harbour Tariff Board fined Pellucid Freight 200,000 dollars on Monday.", encoding="utf-8")
    code = """
import sys
import graphload

doc, store_dir, out = sys.argv[1:]
store = graphload.open_store(store_dir)
result = graphload.load([doc], store, model="none")
graphload.export("json", f"{out}/graph.json", store)
graphload.render(f"{out}/view.html", store)
extracted = list(graphload.extract([doc], model="none"))
print(result.documents, len(extracted), [n for n in ("extract", "export", "render", "evaluate", "query", "load")
                                         if not callable(getattr(graphload, n))])
try:
    graphload.query("who_fined_whom", store=store)
except graphload.StoreError:
    print("store error")
except ValueError as exc:
    print(exc)
"""
    lines = python(code, str(doc), str(tmp_path / "store"), str(tmp_path)).splitlines()
    assert lines == ["1 1 []", "no named query 'who_fined_whom'; `graphload queries` lists them"]
    assert (tmp_path / "graph.json").is_file() and (tmp_path / "view.html").is_file()
