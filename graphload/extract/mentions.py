"""Entity mentions in a parsed document, resolved to one canonical entity per actor."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ..model import Document, Entity, entity_id
from ..resolve import Gazetteer, clean_surface, match_key

LABELS = {"PERSON": "Person", "ORG": "Organization", "PRODUCT": "Product", "NORP": None}
# Heads of organisation names: a model that calls "Sprung-brett RDI" or "EU Commission" a person is wrong.
ORG_WORDS = re.compile(
    r"\b(commission|ministry|court|office|agency|authority|university|institute|group|alliance|"
    r"coalition|association|council|company|corporation|bank|bureau|department|center|centre|"
    r"inc|corp|co|ltd|llc|plc|gmbh|ag|media|news|times|post|daily|network|foundation|fund|"
    r"partners|holdings|technologies|motors|airlines|airport|force|army|police)\b\.?",
    re.I,
)


@dataclass
class Mention:
    entity_id: str
    start: int  # character offsets in the document text
    end: int
    sent_start: int


class MentionResolver:
    """Maps surface forms to canonical entities within one document: gazetteer first, then
    earlier full names that a short form refers to (Liu -> Yi Liu, Commission -> European Commission)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.entities: dict[str, Entity] = {}
        self.local: dict[str, Entity] = {}  # aliases learnt from this document, e.g. acronyms

    def alias(self, surface: str, entity: Entity) -> None:
        self.local[match_key(surface)] = entity
        if surface not in entity.aliases:
            entity.aliases.append(surface)

    def resolve(self, surface: str, label: str) -> Entity | None:
        name = clean_surface(surface)
        key = match_key(name)
        if len(key) < 2:
            return None
        if key in self.local:
            return self._entity(self.local[key].id, self.local[key].name, self.local[key].type, surface)
        known = self.gazetteer.lookup(name) or self.gazetteer.fuzzy(name)
        if known:
            return self._entity(known.id, known.name, known.type, surface)
        type_ = LABELS.get(label)
        if type_ is None:
            return None
        if type_ == "Person" and ORG_WORDS.search(name):
            type_ = "Organization"
        earlier = self._earlier(name, type_)
        if earlier:
            return self._entity(earlier.id, earlier.name, earlier.type, surface)
        return self._entity(entity_id(type_, name), name, type_, surface)

    def _earlier(self, name: str, type_: str) -> Entity | None:
        """A short form of a full name seen before in this document."""
        key = match_key(name)
        words = name.lower().split()
        for e in self.entities.values():
            full = e.name.lower().split()
            if match_key(e.name) == key:
                return e
            if len(words) < len(full) and (
                (e.type == "Person" and words == full[-len(words):])
                or (e.type == "Organization" and (words == full[: len(words)] or words == full[-len(words):]))
            ):
                return e
        return None

    def _entity(self, id_: str, name: str, type_: str, surface: str) -> Entity:
        e = self.entities.get(id_)
        if e is None:
            e = self.entities[id_] = Entity(id=id_, name=name, type=type_)
        if surface != e.name and surface not in e.aliases:
            e.aliases.append(surface)
        return e


def acronyms(text: str) -> list[tuple[str, str]]:
    """Pairs of (expansion, ACRONYM) written as "Ministry of Industry and Information Technology (MIIT)"."""
    pairs = []
    for m in re.finditer(r"((?:[A-Z][\w&.’'-]*\s+(?:(?:of|and|for|the|on|&)\s+)*){1,10})\(([A-Z][A-Za-z&]{1,9})\)", text):
        words = m.group(1).split()
        initials = m.group(2).upper()
        # keep only the words that spell the acronym, counting from the end
        caps = [w for w in words if w[0].isupper()]
        for n in range(len(caps), 0, -1):
            if "".join(w[0] for w in caps[-n:]).upper() == initials.replace("&", ""):
                first = caps[-n]
                idx = max(i for i, w in enumerate(words) if w == first)
                pairs.append((" ".join(words[idx:]), m.group(2)))
                break
    return pairs


def find_mentions(doc: Doc, document: Document, resolver: MentionResolver) -> list[Mention]:
    """Every entity mention outside page boilerplate, in text order."""
    for expansion, short in acronyms(document.text):
        full = resolver.resolve(expansion, "ORG")
        if full:
            resolver.alias(short, full)
    mentions = []
    for ent in doc.ents:
        if document.is_boilerplate(ent.start_char, ent.end_char):
            continue
        entity = resolver.resolve(ent.text, ent.label_)
        if entity is None:
            continue
        entity.mentions.append((ent.start_char, ent.end_char))
        mentions.append(Mention(entity.id, ent.start_char, ent.end_char, ent.sent.start_char))
    return mentions

