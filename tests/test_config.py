"""Where a user's own files are found: the alias file and a folder of named queries, from the working
directory, --queries / GRAPHLOAD_QUERIES, or a graphload.toml whose relative paths are relative to itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from graphload.cli import cli
from graphload.resolve import read_alias_file
from graphload.store import EmbeddedStore
from tests.factories import extraction

QUERY = ("// Every fine Vellumcroft Ltd paid.\n"
         "MATCH (h:Entity)-[r:PENALIZED]->(t:Entity {name: \"Vellumcroft Ltd\"}) RETURN h.name AS fined_by\n")


@pytest.fixture(autouse=True)
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working directory and no settings from the environment."""
    for name in ("GRAPHLOAD_QUERIES", "GRAPHLOAD_ALIASES", "GRAPHLOAD_CONFIG", "GRAPHLOAD_STORE", "NEO4J_URI"):
        monkeypatch.delenv(name, raising=False)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return work


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def names(listing: str) -> set[str]:
    return {line.split()[0] for line in listing.splitlines() if line and not line[0].isspace()}


def test_a_cypher_folder_in_the_working_directory_adds_queries(elsewhere: Path) -> None:
    (elsewhere / "cypher").mkdir()
    (elsewhere / "cypher" / "vellumcroft_fines.cypher").write_text(QUERY, encoding="utf-8")
    out = invoke("queries").output
    assert {"vellumcroft_fines", "who_penalized_whom", "penalties_by_amount"} <= names(out)
    assert "Every fine Vellumcroft Ltd paid." in out


def test_graphload_toml_elsewhere_names_the_folder_relative_to_itself(tmp_path: Path, elsewhere: Path) -> None:
    project = tmp_path / "case"
    (project / "team-queries").mkdir(parents=True)
    (project / "team-queries" / "vellumcroft_fines.cypher").write_text(QUERY, encoding="utf-8")
    (project / "graphload.toml").write_text('queries = "team-queries"\nstore = "store"\n', encoding="utf-8")
    EmbeddedStore(project / "store").write([extraction(
        "a.txt", "The Quarry Board fined Vellumcroft Ltd.", [("Quarry Board", "PENALIZED", "Vellumcroft Ltd")])])
    config = str(project / "graphload.toml")
    assert "vellumcroft_fines" in names(invoke("--config", config, "queries").output)
    result = invoke("--config", config, "query", "vellumcroft_fines", "--csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["fined_by", "Quarry Board"]
    assert not (elsewhere / "store").exists()


def test_a_users_query_of_the_same_name_wins(elsewhere: Path) -> None:
    (elsewhere / "mine").mkdir()
    (elsewhere / "mine" / "who_penalized_whom.cypher").write_text(QUERY, encoding="utf-8")
    out = invoke("queries", "--queries", "mine").output
    assert "Every fine Vellumcroft Ltd paid." in out
    assert list(names(out)).count("who_penalized_whom") == 1


def test_a_missing_query_folder_is_one_line_and_exit_1() -> None:
    result = invoke("queries", "--queries", "no-such-folder")
    assert result.exit_code == 1
    assert result.output.strip() == "graphload: no-such-folder: query folder not found"


def test_an_unknown_query_name_is_not_sent_as_cypher() -> None:
    result = invoke("query", "who_fined_whom")
    assert result.exit_code == 1
    assert "no named query 'who_fined_whom'" in result.output and "graphload queries" in result.output


def test_graphload_toml_aliases_is_the_file_aliases_add_edits(tmp_path: Path, elsewhere: Path) -> None:
    project = tmp_path / "case"
    project.mkdir()
    (project / "graphload.toml").write_text('aliases = "people.yml"\n', encoding="utf-8")
    result = invoke("--config", str(project / "graphload.toml"), "aliases", "add", "Vellumcroft Ltd",
                    "-a", "Vellumcroft")
    assert result.exit_code == 0, result.output
    assert [e["name"] for e in read_alias_file(project / "people.yml")] == ["Vellumcroft Ltd"]
    assert not (elsewhere / "data").exists()
