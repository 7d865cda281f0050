"""graphload as a user gets it from a wheel: built from this repository, installed in a fresh virtualenv and
run in an empty folder, it lists the named queries, loads the samples and answers who penalized whom."""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BUILD_INPUTS = ("pyproject.toml", "README.md", "graphload", "cypher")  # what pyproject.toml builds from


@dataclass
class Installed:
    wheel: Path
    venv: Path
    workdir: Path  # empty: no cypher/, no data/, no graphload.toml of the checkout's

    def run(self, *args: str) -> str:
        env = {k: v for k, v in os.environ.items()
               if k != "PYTHONPATH" and not k.startswith(("GRAPHLOAD_", "NEO4J_"))}
        done = subprocess.run([str(self.venv / "bin" / "graphload"), *args], cwd=self.workdir, env=env,
                              capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, f"graphload {' '.join(args)}: {done.stderr}"
        return done.stdout


def checked(*argv: str | Path) -> None:
    done = subprocess.run([str(a) for a in argv], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    """Build offline with this venv's setuptools (a copy of the sources, so the shared checkout gets no build/),
    install without dependencies, and let the new venv find them in this one through a .pth file."""
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"
    source.mkdir()
    for name in BUILD_INPUTS:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__", ".*"))
        else:
            shutil.copy2(REPO / name, source)
    checked(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "--no-index",
            "-w", root / "dist", source)
    venv = root / "venv"
    checked(sys.executable, "-m", "venv", "--without-pip", venv)
    (wheel,) = (root / "dist").glob("graphload-*.whl")
    checked(sys.executable, "-m", "pip", "--python", venv / "bin" / "python", "install", "-q", "--no-deps",
            "--no-index", wheel)
    venv_site = next((venv / "lib").glob("python3*/site-packages"))
    (venv_site / "project-dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    workdir = root / "work"
    workdir.mkdir()
    user = Installed(wheel, venv, workdir)
    yield user
    assert "query server" in user.run("stop")  # not left warm for 5 minutes after the tests


def test_the_wheel_carries_every_module_and_data_file(installed: Installed) -> None:
    expected = {str(p.relative_to(REPO)) for p in (REPO / "graphload").rglob("*")
                if p.is_file() and "__pycache__" not in p.parts and not p.name.startswith(".")}
    expected |= {f"graphload/cypher/{p.name}" for p in (REPO / "cypher").glob("*.cypher")}
    with zipfile.ZipFile(installed.wheel) as wheel:
        shipped = {n for n in wheel.namelist() if n.startswith("graphload/")}
    assert expected - shipped == set(), "add them to [tool.setuptools] packages / package-data in pyproject.toml"


def test_the_installed_package_runs_from_the_venv_not_the_checkout(installed: Installed) -> None:
    done = subprocess.run([str(installed.venv / "bin" / "python"), "-c", "import graphload; print(graphload.__file__)"],
                          cwd=installed.workdir, capture_output=True, text=True, check=True)
    assert Path(done.stdout.strip()).is_relative_to(installed.venv)


def test_lists_the_named_queries_outside_the_checkout(installed: Installed) -> None:
    names = {line.split()[0] for line in installed.run("queries").splitlines() if line and not line[0].isspace()}
    assert {p.stem for p in (REPO / "cypher").glob("*.cypher")} - {"schema"} <= names
    assert "schema" not in names


def test_loads_the_samples_and_prints_who_penalized_whom(installed: Installed) -> None:
    summary = installed.run("load", str(REPO / "data" / "docs"))
    assert summary.startswith("loaded 2 documents")
    assert (installed.workdir / "graphload-store").is_dir()
    rows = installed.run("query", "who_penalized_whom", "--csv").splitlines()
    assert rows[0].startswith("penalizer,penalized,amount,currency")
    penalties = {tuple(row.split(",")[:4]) for row in rows[1:]}
    assert ("Xiaomi Automobile", "ZAKER", "3000000", "CNY") in penalties


def test_finds_the_users_own_queries_in_the_working_directory(installed: Installed) -> None:
    folder = installed.workdir / "cypher"
    folder.mkdir(exist_ok=True)
    (folder / "largest_fines.cypher").write_text(
        "// The three largest fines.\n"
        "MATCH (h:Entity)-[r:PENALIZED]->(t:Entity) RETURN h.name AS who, r.amount AS amount "
        "ORDER BY amount DESC LIMIT 3\n", encoding="utf-8")
    listing = installed.run("queries")
    assert "largest_fines\n    The three largest fines." in listing and "who_penalized_whom" in listing
    assert installed.run("query", "largest_fines", "--csv").splitlines()[0] == "who,amount"
