"""Named Cypher queries (the ones that ship with graphload and the user's own) and running Cypher on
either backend."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the store package imports networkx and the Cypher engine: not for `graphload queries`
    from .store import Row, Store

_HERE = Path(__file__).resolve().parent
# The named queries and the Neo4j schema: inside the package in a wheel (the build copies the repository's
# cypher/ there), the repository's cypher/ itself in a checkout or an editable install.
QUERY_DIR = _HERE / "cypher" if (_HERE / "cypher").is_dir() else _HERE.parent / "cypher"
USER_QUERIES = Path("cypher")  # the user's own named queries, in the working directory
_NAME = re.compile(r"[A-Za-z_]\w*")  # a bare word is never a Cypher query: it names one


@dataclass
class NamedQuery:
    name: str
    path: Path
    description: str
    params: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def parse_header(name: str, path: Path) -> NamedQuery:
    """`// description` lines and `// @param name: what it is` lines at the top of the file."""
    description: list[str] = []
    params: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("//"):
            break
        body = line[2:].strip()
        m = re.match(r"@param\s+(\w+)\s*:\s*(.*)", body)
        if m:
            params[m.group(1)] = m.group(2)
        elif body:
            description.append(body)
    return NamedQuery(name, path, " ".join(description), params)


def query_folders(folder: str | os.PathLike[str] | None = None) -> list[Path]:
    """Where named queries come from, a later folder winning on a name: the queries that ship with
    graphload, then the user's folder (given, else GRAPHLOAD_QUERIES, else ./cypher when it exists)."""
    chosen = folder or os.environ.get("GRAPHLOAD_QUERIES")
    user = Path(chosen or USER_QUERIES)
    if chosen and not user.is_dir():
        raise ValueError(f"{user}: query folder not found")
    return [QUERY_DIR] + ([user] if user.is_dir() and user.resolve() != QUERY_DIR else [])


def named_queries(folder: str | os.PathLike[str] | None = None) -> dict[str, NamedQuery]:
    """Every documented query, by file stem; schema files are not queries."""
    queries = {
        p.stem: parse_header(p.stem, p)
        for directory in query_folders(folder)
        for p in directory.glob("*.cypher")
        if p.stem != "schema"
    }
    return dict(sorted(queries.items()))


def resolve_query(text_or_name: str, folder: str | os.PathLike[str] | None = None) -> str:
    """A query string, a path to a .cypher file, or the name of a named query."""
    candidate = Path(text_or_name)
    if text_or_name.endswith(".cypher") and candidate.is_file():
        return candidate.read_text(encoding="utf-8")
    queries = named_queries(folder)
    if text_or_name in queries:
        return queries[text_or_name].text
    if _NAME.fullmatch(text_or_name.strip()):
        raise ValueError(f"no named query {text_or_name.strip()!r}; `graphload queries` lists them")
    return text_or_name


def coerce(value: str) -> Any:
    """-p values from the command line: numbers become numbers, everything else stays text."""
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    return value


def run_query(
    store: Store, cypher: str, params: dict[str, Any] | None = None, folder: str | os.PathLike[str] | None = None
) -> list[Row]:
    return store.run(resolve_query(cypher, folder), params or {})
