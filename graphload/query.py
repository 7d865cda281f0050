"""Named Cypher queries from cypher/*.cypher and running Cypher on either backend."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .store import Row, Store

# cypher/ sits next to the package in a checkout; GRAPHLOAD_QUERIES points elsewhere.
QUERY_DIR = Path(os.environ.get("GRAPHLOAD_QUERIES", Path(__file__).resolve().parent.parent / "cypher"))


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


def named_queries(directory: Path = QUERY_DIR) -> dict[str, NamedQuery]:
    """Every documented query, by file stem; schema files are not queries."""
    return {
        p.stem: parse_header(p.stem, p)
        for p in sorted(directory.glob("*.cypher"))
        if p.stem != "schema"
    }


def resolve_query(text_or_name: str, directory: Path = QUERY_DIR) -> str:
    """A query string, a path to a .cypher file, or the name of a query in cypher/."""
    candidate = Path(text_or_name)
    if text_or_name.endswith(".cypher") and candidate.is_file():
        return candidate.read_text(encoding="utf-8")
    queries = named_queries(directory)
    if text_or_name in queries:
        return queries[text_or_name].text
    return text_or_name


def coerce(value: str) -> Any:
    """-p values from the command line: numbers become numbers, everything else stays text."""
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    return value


def run_query(store: Store, cypher: str, params: dict[str, Any] | None = None) -> list[Row]:
    return store.run(resolve_query(cypher), params or {})
