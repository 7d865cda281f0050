"""One node per real actor: gazetteer aliases, name normalisation, guarded fuzzy matching, merges."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .model import ENTITY_TYPES, entity_id

TITLES = re.compile(
    r"^(?:(?:mr|mrs|ms|miss|dr|prof|sir|madam|mme|herr|frau)\.?\s+|"
    r"(?:the\s+)?(?:ceo|chairman|chairwoman|president|founder|commissioner|minister|"
    r"(?:assistant\s+)?(?:u\.s\.\s+|district\s+|state\s+)?attorney(?:\s+general)?|judge|senator|director)\s+)+",
    re.I,
)
POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
CORP_SUFFIX = re.compile(
    r"[,\s]+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|gmbh|ag|sa|s\.a|"
    r"nv|bv|ab|oyj|spa|s\.p\.a)\.?$",
    re.I,
)


def clean_surface(text: str) -> str:
    """Strip what varies around a name without changing who it is: quotes, possessives, titles."""
    text = " ".join(text.replace("\u201c", "").replace("\u201d", "").replace('"', "").split())
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    text = POSSESSIVE.sub("", text)
    text = TITLES.sub("", text)
    text = text.strip(" ,;:-")
    return text if re.search(r"\b[A-Z][a-z]{0,3}\.$", text) else text.rstrip(".")  # keep "Co.", "Jr."


def match_key(text: str) -> str:
    """Comparison key: case, punctuation, corporate suffixes and transliteration spacing ignored."""
    text = clean_surface(text)
    previous = None
    while previous != text:
        previous, text = text, CORP_SUFFIX.sub("", text)
    return re.sub(r"[^0-9a-z\u00c0-\u024f\u4e00-\u9fff]+", "", text.lower())


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance, giving up early once it exceeds `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


@dataclass
class KnownEntity:
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return entity_id(self.type, self.name)


def read_alias_file(path: Path) -> list[dict[str, Any]]:
    """The alias file's entries as {name, type, aliases}; a malformed file is one clear ValueError
    naming the file and the entry, never a traceback."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not valid YAML ({' '.join(str(exc).split())})") from None
    items = data.get("entities") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ValueError(f"{path}: expected 'entities:' followed by a list of {{name, type, aliases}}")
    entries = []
    for i, item in enumerate(items, 1):
        if not isinstance(item, dict) or not item.get("name"):
            raise ValueError(f"{path}: entry {i} needs a name, e.g. {{name: Acme, type: Organization}}")
        if item.get("type") not in ENTITY_TYPES:
            raise ValueError(f"{path}: entry {i} ({item['name']!r}) has type {item.get('type')!r}; "
                             f"use one of {', '.join(ENTITY_TYPES)}")
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list):
            raise ValueError(f"{path}: entry {i} ({item['name']!r}): aliases must be a list")
        entries.append({"name": str(item["name"]), "type": item["type"], "aliases": [str(a) for a in aliases]})
    return entries


class Gazetteer:
    """Canonical names, types and aliases from a user-edited YAML file (data/aliases.yml)."""

    def __init__(self, entities: list[KnownEntity] | None = None, path: Path | None = None) -> None:
        self.path = path
        self.entities: list[KnownEntity] = []
        self._by_key: dict[str, KnownEntity] = {}
        for e in entities or []:
            self.add(e)

    @classmethod
    def load(cls, path: str | Path | None) -> Gazetteer:
        if path is None or not Path(path).exists():
            return cls(path=Path(path) if path else None)
        entries = read_alias_file(Path(path))
        return cls([KnownEntity(e["name"], e["type"], e["aliases"]) for e in entries], Path(path))

    def add(self, entity: KnownEntity) -> None:
        self.entities.append(entity)
        for surface in (entity.name, *entity.aliases):
            key = match_key(surface)
            if key:
                self._by_key.setdefault(key, entity)

    def lookup(self, surface: str) -> KnownEntity | None:
        return self._by_key.get(match_key(surface))

    def fuzzy(self, surface: str) -> KnownEntity | None:
        """A known name within a small edit distance ("Zeker" -> ZAKER); only for names of 5+ letters,
        and only one candidate, so short or ambiguous words are never pulled onto a known actor."""
        key = match_key(surface)
        if len(key) < 5:
            return None
        limit = 1 if len(key) < 8 else 2
        hits = {
            id(e): e for k, e in self._by_key.items()
            if len(k) >= 5 and k[0] == key[0] and edit_distance(key, k, limit) <= limit
        }
        return next(iter(hits.values())) if len(hits) == 1 else None

    def patterns(self) -> list[dict[str, Any]]:
        """spaCy EntityRuler patterns: every name and alias, labelled with its entity type."""
        label = {"Person": "PERSON", "Organization": "ORG", "Product": "PRODUCT"}
        out = []
        for e in self.entities:
            for surface in (e.name, *e.aliases):
                if surface.lower().startswith("the "):
                    continue  # descriptions ("the supplier") are resolved in context, not tagged
                out.append({"label": label[e.type], "pattern": surface, "id": e.id})
        return out
