"""Edits to the user's alias file (data/aliases.yml): add a known actor, list them, merge two.

The file is the source of truth for who is who, so a merge made here also holds for every later
load. Comment lines at the top of the file are kept; entries are rewritten in a stable layout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .model import ENTITY_TYPES
from .resolve import match_key, read_alias_file

HEADER = (
    "# graphload gazetteer: canonical names, types and every spelling of the actors in your documents.\n"
    "# Known names win over the statistical model. type is one of Person, Organization, Product.\n"
)


def read_entries(path: Path) -> list[dict[str, Any]]:
    return read_alias_file(path) if path.exists() else []


def write_entries(path: Path, entries: list[dict[str, Any]]) -> None:
    """Keep the file's leading comments, then one flow-style line per entity (easy to diff and edit)."""
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER
    header = "".join(line for line in text.splitlines(keepends=True)[:50] if line.startswith("#")) or HEADER
    lines = ["entities:"]
    for e in entries:
        item = {"name": e["name"], "type": e["type"], "aliases": e.get("aliases") or []}
        lines.append("  - " + yaml.safe_dump(item, default_flow_style=True, allow_unicode=True, width=10_000).strip())
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(path)


def find(entries: list[dict[str, Any]], name: str) -> dict[str, Any] | None:
    key = match_key(name)
    return next((e for e in entries if key in {match_key(s) for s in (e["name"], *e["aliases"])}), None)


def add(path: Path, name: str, type_: str, aliases: list[str]) -> dict[str, Any]:
    """Add an actor, or new spellings to one already known under `name` or an alias."""
    if type_ not in ENTITY_TYPES:
        raise ValueError(f"type must be one of {', '.join(ENTITY_TYPES)}, not {type_!r}")
    entries = read_entries(path)
    entry = find(entries, name)
    if entry is None:
        entry = {"name": name, "type": type_, "aliases": []}
        entries.append(entry)
    entry["aliases"] = _spellings(entry, aliases)
    write_entries(path, entries)
    return entry


def merge(path: Path, keep: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    """Record that `other` (name, type, aliases) is the actor `keep`: its spellings join keep's."""
    entries = read_entries(path)
    entry = find(entries, keep["name"])
    if entry is None:
        entry = {"name": keep["name"], "type": keep["type"], "aliases": list(keep.get("aliases") or [])}
        entries.append(entry)
    dropped = find(entries, other["name"])
    if dropped is not None and dropped is not entry:
        entries.remove(dropped)
    extra = [other["name"], *(other.get("aliases") or []), *((dropped or {}).get("aliases") or [])]
    entry["aliases"] = _spellings(entry, extra)
    write_entries(path, entries)
    return entry


def _spellings(entry: dict[str, Any], more: list[str]) -> list[str]:
    """Existing aliases plus new ones, without repeats or the canonical name itself."""
    out: list[str] = []
    for alias in [*entry["aliases"], *more]:
        if alias != entry["name"] and alias not in out:
            out.append(alias)
    return out
