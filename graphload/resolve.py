"""One node per real actor: gazetteer aliases, name normalisation, guarded fuzzy matching, merges."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .model import ENTITY_TYPES, entity_id
from .names import PersonName, group_base, is_acronym, name_rank, organ_base, person_name, same_person, strip_legal_form

TITLES = re.compile(
    r"^(?:(?:mr|mrs|ms|miss|dr|prof|sir|madam|mme|herr|frau)\.?\s+|"
    r"(?:the\s+)?(?:ceo|chairman|chairwoman|president|founder|commissioner|minister|"
    r"(?:assistant\s+)?(?:u\.s\.\s+|district\s+|state\s+)?attorney(?:\s+general)?|judge|senator|director)\s+)+",
    re.I,
)
POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


def clean_surface(text: str) -> str:
    """Strip what varies around a name without changing who it is: quotes, possessives, titles."""
    text = " ".join(text.replace("\u201c", "").replace("\u201d", "").replace('"', "").split())
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    text = POSSESSIVE.sub("", text)
    text = TITLES.sub("", text)
    text = text.strip(" ,;:-")
    return text if re.search(r"\b[A-Z][a-z]{0,3}\.$", text) else text.rstrip(".")  # keep "Co.", "Jr."


@lru_cache(maxsize=1 << 18)
def match_key(text: str) -> str:
    """Comparison key: case, punctuation, legal forms (names.strip_legal_form) and transliteration
    spacing ignored: "Tesla, Inc.", "Tesla Inc" and "Tesla" have one key."""
    return re.sub(r"[^0-9a-z\u00c0-\u024f\u4e00-\u9fff]+", "", strip_legal_form(clean_surface(text)).lower())


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


def _descriptive(alias: str) -> bool:
    """"the company", "The Commission": a description this document used, not a name of the actor."""
    return not alias[:1].isupper() or alias.lower().startswith("the ")


def plan_folds(nodes: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Store-wide: which entity nodes ({id, name, type, aliases}) are another node's actor, as
    {folded id: kept id}. Nodes of one type are one actor when
    - their names have one key (legal forms, case, punctuation ignored; "Tesla board" and "Tesla
      Group" are Tesla, names.yml);
    - an organisation's name is an alias that exactly one other organisation recorded in some
      document ("SEC" alone, "Securities and Exchange Commission (SEC)" elsewhere); a one-word name
      only if it is an acronym: "Commission" or "Western" alone may be any commission or firm;
    - a person's name fits exactly one fuller name (nameparser: "Ms Doe", "Jane Doe" -> "Jane Q. Doe").
    Decisions depend only on the set of nodes, never on their order, and the kept node is the one
    whose name ranks first (names.name_rank; never "X board" over X), so any load order gives the
    same graph."""
    nodes = sorted(nodes, key=lambda n: n["id"])
    parent = {n["id"]: n["id"] for n in nodes}

    def find(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(pairs: Iterable[tuple[str, str]]) -> bool:
        changed = False
        for a, b in sorted(pairs):
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
                changed = True
        return changed

    by_key: dict[tuple[str, str], list[str]] = {}
    for n in nodes:
        name = group_base(organ_base(n["name"]) or n["name"]) if n["type"] == "Organization" else n["name"]
        key = match_key(name)
        if key:
            by_key.setdefault((n["type"], key), []).append(n["id"])
    union((ids[0], other) for ids in by_key.values() for other in ids[1:])

    aliased: dict[str, set[str]] = {}  # organisation alias key -> ids that recorded it
    for n in nodes:
        if n["type"] == "Organization":
            for alias in n["aliases"]:
                if not _descriptive(alias) and match_key(alias):
                    aliased.setdefault(match_key(alias), set()).add(n["id"])
    people = [(n["id"], person_name(n["name"])) for n in nodes if n["type"] == "Person"]
    named: dict[tuple[str, ...], list[tuple[str, PersonName]]] = {}  # by surname, and by surname + initial
    for i, parts in people:
        named.setdefault((parts.last,), []).append((i, parts))
        named.setdefault((parts.last, parts.first[:1]), []).append((i, parts))
    candidates = {n["id"]: sorted(aliased.get(match_key(n["name"]), ())) for n in nodes
                  if n["type"] == "Organization" and (is_acronym(n["name"]) or " " in n["name"].strip())}
    candidates.update({i: [j for j, full in named[(parts.last, parts.first[:1]) if parts.first else (parts.last,)]
                           if same_person(parts, full)] for i, parts in people})

    def only(own: str, ids: Iterable[str]) -> str | None:
        groups = {find(c) for c in ids} - {find(own)}
        return next(iter(groups)) if len(groups) == 1 else None

    while True:  # a fold can settle another's ambiguity ("Doe": "Jane Doe" joined "Jane Q. Doe")
        targets = {i: only(i, ids) for i, ids in candidates.items() if ids}
        if not union((i, t) for i, t in targets.items() if t):
            break
    groups: dict[str, list[dict[str, Any]]] = {}
    for n in nodes:
        groups.setdefault(find(n["id"]), []).append(n)
    plan = {}
    for members in groups.values():
        kept = max(members, key=lambda n: (organ_base(n["name"]) is None, name_rank(n["name"]), n["id"]))
        plan.update({n["id"]: kept["id"] for n in members if n is not kept})
    return plan
