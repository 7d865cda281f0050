"""Entity mentions in a parsed document, resolved to one canonical, typed entity per actor.

Names are grouped first and typed afterwards, by votes: the gazetteer wins, then descriptors
("X, a technology firm", "Commissioner X"), then the statistical label. That is how the model's
errors (a company tagged PERSON, a company tagged GPE) are corrected instead of ignored."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from ..model import Document, Entity, entity_id
from ..names import initials, is_acronym, is_legal_form
from ..resolve import Gazetteer, KnownEntity, clean_surface, edit_distance, match_key
from .datelines import datelines
from .lexicon import load_lexicon
from .money import is_currency, is_scale
from .pipeline import doc_text, title_case
from .relation_lexicon import lemma_forms, lexicon

LEXICON_PATH = Path(__file__).with_name("entities.yml")
GIVEN_NAMES_PATH = Path(__file__).with_name("given_names.txt")
LABELS = {"PERSON": "Person", "ORG": "Organization", "PRODUCT": "Product"}
WEAK_LABELS = {"GPE", "NORP", "FAC"}  # places and nationalities: actors only with evidence
ACTOR_DEPS = {"nsubj", "nsubjpass"}
COMMERCIAL_NOUNS = frozenset({"company", "business", "firm", "corporation"})  # descriptions of no public body


@dataclass(frozen=True)
class EntityLexicon:
    org_words: frozenset[str]
    body_words: frozenset[str]
    industry_words: frozenset[str]
    org_descriptors: frozenset[str]
    person_titles: frozenset[str]
    org_possessions: frozenset[str]
    descriptions: dict[str, frozenset[str]]
    industry_descriptions: dict[str, frozenset[str]]
    person_pronouns: frozenset[str]
    chrome: tuple[str, ...]
    reader_chrome: tuple[str, ...]
    reader_words: frozenset[str]
    non_actor_words: frozenset[str]
    caption_words: frozenset[str]
    region_words: frozenset[str]
    unit_words: frozenset[str]
    series_words: frozenset[str]
    numbered_nouns: frozenset[str]
    law_words: frozenset[str]
    street_words: frozenset[str]
    months: frozenset[str]
    weekdays: frozenset[str]
    month_abbreviations: frozenset[str]
    jurisdiction_words: frozenset[str]
    party_words: frozenset[str]
    term_acronyms: frozenset[str]
    inquiry_words: frozenset[str]
    cabinet_titles: frozenset[str]
    title_modifiers: frozenset[str]
    project_nouns: frozenset[str]
    vessel_words: frozenset[str]
    label_lines: frozenset[str]
    subsidiary_words: frozenset[str]
    honorifics: frozenset[str]
    function_words: frozenset[str]
    stock_exchanges: frozenset[str]


@cache
def entity_lexicon(path: Path = LEXICON_PATH) -> EntityLexicon:
    return load_lexicon(EntityLexicon, path)


@cache
def given_names() -> frozenset[str]:
    """Common first names (given_names.txt, written by scripts/build_given_names.py)."""
    lines = GIVEN_NAMES_PATH.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


@dataclass
class Mention:
    entity_id: str
    start: int  # character offsets in the document text
    end: int
    sent_start: int
    low_confidence: bool = False  # inside a teaser block or other page boilerplate


@dataclass
class Cluster:
    """All mentions of one actor before its type is decided."""

    name: str
    known: KnownEntity | None = None
    votes: Counter[str] = field(default_factory=Counter)
    aliases: list[str] = field(default_factory=list)
    spans: list[tuple[int, int, int, bool]] = field(default_factory=list)  # start, end, sent_start, low

    @property
    def type(self) -> str | None:
        if self.known:
            return self.known.type
        best = self.votes.most_common(1)
        return best[0][0] if best and best[0][1] > 0 else None

    @property
    def id(self) -> str:
        return self.known.id if self.known else entity_id(self.type or "Organization", self.name)


class MentionResolver:
    """Maps surface forms to clusters within one document: gazetteer first, then acronyms learnt
    here, then earlier full names that a short form refers to (Liu -> Yi Liu, Western -> Western Co.)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.clusters: dict[str, Cluster] = {}
        self.local: dict[str, Cluster] = {}  # acronyms and other aliases learnt from this document

    def alias(self, surface: str, cluster: Cluster) -> None:
        self.local[match_key(surface)] = cluster
        if surface not in cluster.aliases:
            cluster.aliases.append(surface)

    def resolve(self, surface: str, votes: Counter[str]) -> Cluster | None:
        name = clean_surface(surface)
        key = match_key(name)
        if len(key) < 2 or not any(c.isupper() or c.isdigit() for c in name):
            return None  # "publishe", "netizens": lower-case words are not names
        cluster = self.local.get(key) or self._known(name)
        earlier = None if cluster else self._earlier(name, votes)
        if earlier and earlier.type and max(votes.values(), default=0) < 3:
            votes = Counter({earlier.type: 1})  # "Liu" after "Yi Liu": weak evidence follows the full name
        cluster = cluster or earlier or self.clusters.setdefault(key, Cluster(name))
        cluster.votes.update(votes)
        if surface != cluster.name and surface not in cluster.aliases:
            cluster.aliases.append(surface)
        return cluster

    def resolve_product(self, span: Span) -> Cluster | None:
        """"Asus ROG Phone 7" and "ROG Phone 7": a product line after its maker's name is the same product."""
        votes = Counter({"Product": 1})
        brand = len(span) > 2 and not _has_digit(span[1]) and span[1].lower_ not in entity_lexicon().series_words
        line = span[1:].text if brand else None
        if line is None:
            return self.resolve(span.text, votes)
        seen = self.local.get(match_key(line)) or self.clusters.get(match_key(line))
        cluster = self.resolve(line if seen else span.text, votes)
        if cluster is not None:
            self.alias(span.text if seen else line, cluster)
        return cluster

    def merge_short_forms(self, text: str = "") -> dict[int, Cluster]:
        """A short form named before its full name ("Globex ... Globex Freight Lines") joins the one
        organisation whose name it begins, and an institution's bare head noun ("the Commission", "the
        Bureau") the one organisation whose name ends in it. A variant of a longer name joins it first ("Army"
        of "U.S. Army", "Justice Department" of "Department of Justice"). A longer name the document
        `text` introduces as a subsidiary or unit is not what its first words stand for: "TransUnion ... its
        subsidiary, TransUnion Interactive" are two firms. Returns id(old cluster) -> the cluster it joined."""
        merged: dict[int, Cluster] = {}
        institutions = entity_lexicon().org_words
        for key, short in list(self.clusters.items()):
            words = short.name.lower().split()
            head = len(words) == 1 and words[0] in institutions
            orgs = [c for c in self.clusters.values() if c is not short and c.type == short.type == "Organization"]
            longer = [c for c in orgs if len(c.name) > len(short.name) and _variant(c.name) == _variant(short.name)] \
                or [c for c in orgs if len(c.name.split()) > len(words) and (
                    c.name.lower().split()[: len(words)] == words and not _introduced_as_unit(c, text)
                    or head and c.name.lower().split()[-1] == words[0])]
            if len(words) == 1 and not longer:  # "Dana" of "Dana’s Kitchens, LLC": the firm
                longer = [c for c in self.clusters.values() if c.type == "Organization"
                          and re.match(rf"{re.escape(short.name)}[’']s\s", c.name)]
            if len(words) == 1 and not longer:  # "Labour" for "Department of Labour"
                longer = [c for c in orgs if c.name.lower().split()[-2:] == ["of", words[0]]
                          and c.name.split()[0].lower() in institutions]
            if short.type == "Person" and len(words) == 1 and not longer:  # "Voss" in a headline, "Dana Voss" after
                longer = [c for c in self.clusters.values() if c is not short and c.type == "Person"
                          and len(c.name.split()) > 1 and c.name.lower().split()[-1] == words[0]]
            if len(words) == 1 and not longer:  # "Dana" cut from "Dana Voss" by a headline or a line break
                longer = [c for c in self.clusters.values() if c is not short and c.type == "Person"
                          and len(c.name.split()) > 1 and c.name.lower().split()[0] == words[0]]
            if head and not longer and not short.known and short.name.istitle():
                del self.clusters[key]  # "the Court" of a text that names no court: no actor to point to
                continue
            if len(longer) != 1 or short.known:
                continue
            if short.type != longer[0].type:
                short.votes.clear()  # the firm's type stands
            merged[id(short)] = self._join(key, longer[0])
        return merged

    def merge_acronyms(self, text: str) -> dict[int, Cluster]:
        """An acronym used alone ("the SEC said") whose letters spell exactly one organisation's name
        named before or after it in this document ("Securities and Exchange Commission") is that
        organisation; returns id(old cluster) -> the cluster it joined. One the model did not tag
        becomes an alias, so that _repeated_names finds its uses."""
        owners: dict[str, list[Cluster]] = {}
        for c in self.clusters.values():
            if c.type == "Organization":
                for short in sorted(initials(c.name)):
                    owners.setdefault(short, []).append(c)
        for short, found in owners.items():
            if len(found) == 1 and match_key(short) not in self.clusters and re.search(rf"(?<!\w){short}(?!\w)", text):
                self.alias(short, found[0])
        merged: dict[int, Cluster] = {}
        for key, short in list(self.clusters.items()):
            if short.known or short.type == "Person" or not is_acronym(short.name):
                continue
            full = [c for c in self.clusters.values() if c is not short and c.type == "Organization"
                    and short.name in initials(c.name)]
            if len(full) == 1:
                merged[id(short)] = self._join(key, full[0])
        return merged

    def _join(self, key: str, full: Cluster) -> Cluster:
        """Cluster `key` is `full` under another name: its mentions, votes and names move over."""
        short = self.clusters.pop(key)
        full.spans += short.spans
        full.votes.update(short.votes)
        full.aliases += [a for a in (short.name, *short.aliases) if a not in full.aliases and a != full.name]
        return full

    def _known(self, name: str) -> Cluster | None:
        known = self.gazetteer.lookup(name) or self.gazetteer.fuzzy(name)
        if known is None:
            return None
        return self.clusters.setdefault(f"known:{known.id}", Cluster(known.name, known))

    def _earlier(self, name: str, votes: Counter[str]) -> Cluster | None:
        """A short form or near-spelling of a full name seen before in this document."""
        key = match_key(name)
        words = name.lower().split()
        type_ = "Organization" if votes["Organization"] >= 3 else "Person" if votes["Person"] >= 3 else None
        for c in self.clusters.values():
            full = c.name.lower().split()
            if match_key(c.name) == key:
                return c
            if len(words) < len(full) and (
                (c.type == "Person" and type_ != "Organization" and words == full[-len(words):])
                or (c.type == "Organization" and type_ != "Person" and words == full[: len(words)])
                or (c.type == "Person" and type_ is None and words == full[:1])  # "Dana" of "Dana Wexler"
            ):
                return c
            if (  # "Jonathon Pryce" / "Jonathan Pryce": same surname, one letter off a first name long
                # enough that a different person is unlikely ("Dan Lee" and "Don Lee" stay two people)
                c.type == "Person" and type_ != "Organization" and len(words) == len(full) > 1
                and words[-1] == full[-1] and min(len(words[0]), len(full[0])) >= 5
                and edit_distance(key, match_key(c.name), 1) == 1
            ):
                return c
        return None

    def entities(self) -> dict[str, Entity]:
        """Typed entities; clusters with no evidence of being an actor (bare places) are dropped."""
        out: dict[str, Entity] = {}
        for c in self.clusters.values():
            if c.type is None or not c.spans:
                continue
            e = out.setdefault(c.id, Entity(id=c.id, name=c.name, type=c.type))
            e.aliases += [a for a in c.aliases if a not in e.aliases and a != e.name]
            e.mentions += [(s, t) for s, t, _, _ in c.spans]
        return out


ACRONYM_RE = re.compile(
    r"((?:[A-Z][\w&.’'-]*\s+(?:(?:of|and|for|the|on|&)\s+)*){1,10})\([“\"]?([A-Z][A-Za-z&]{1,9})[”\"]?\)")


COUNTRY_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2}")


@cache
def _subsidiary_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = "|".join(map(re.escape, entity_lexicon().subsidiary_words))
    return (re.compile(rf"\b(?:{words})\W*(?:called|named)?\W*$", re.I),
            re.compile(rf",?\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){{0,2}}(?:{words})\s+of\b", re.I))


def _introduced_as_unit(full: Cluster, text: str) -> bool:
    """`full` is first named as a unit of another ("its subsidiary, Acme Freight", "Acme Freight, a unit of")."""
    if not full.spans:
        return False
    start, end, *_ = min(full.spans)
    before, after = _subsidiary_cues()
    return bool(before.search(text[max(0, start - 40):start]) or after.match(text[end:end + 60]))


BARE_TICKER = "[A-Z]{2,5}"  # "Amazon (AMZN)"


@cache
def _ticker() -> re.Pattern[str]:
    """A ticker in brackets after a listed firm's name: "(NYSE: ACM)", "(stock code: 1810)", the wire
    services' exchange-suffixed codes "(ACM.O)", "(300750.SZ)", and a bare one, "Amazon (AMZN)" (an acronym in
    brackets, "(FTC)", names the same actor too)."""
    exchanges = "|".join(map(re.escape, entity_lexicon().stock_exchanges))
    listed = rf"(?i:{exchanges})\s*:\s*([A-Za-z0-9][A-Za-z0-9.]{{0,7}})"
    return re.compile(rf"\s*\((?:{listed}|([A-Z0-9]{{1,6}}\.[A-Z]{{1,2}}|{BARE_TICKER}))\)")


def _variant(name: str) -> str:
    """One key for the usual variants of an organisation's name: a leading country abbreviation ("U.S. Army",
    "Army"), "X Department" for "Department of X", a web address for a firm ("Acme.com", "Acme")."""
    words = re.sub(r"\.com\b", "", name).split()
    if len(words) > 1 and COUNTRY_ABBREVIATION.fullmatch(words[0]):
        words = words[1:]
    if len(words) == 3 and words[1] == "of" and words[0].lower() in entity_lexicon().org_words:
        words = [words[2], words[0]]
    return match_key(" ".join(words))


def acronyms(text: str) -> list[tuple[str, str]]:
    """Pairs of (expansion, ACRONYM) written as "Ministry of Industry and Information Technology (MIIT)"."""
    pairs = []
    for m in ACRONYM_RE.finditer(text):
        words = m.group(1).split()
        initials = m.group(2).upper()
        caps = [w for w in words if w[0].isupper()]
        for n in range(len(caps), 0, -1):  # the words that spell the acronym, counting from the end
            if "".join(w[0] for w in caps[-n:]).upper() == initials.replace("&", ""):
                first = caps[-n]
                idx = max(i for i, w in enumerate(words) if w == first)
                while idx and COUNTRY_ABBREVIATION.fullmatch(words[idx - 1]):
                    idx -= 1  # "U.S. Fair Wages Board (FWB)": the name includes "U.S."
                pairs.append((" ".join(words[idx:]), m.group(2)))
                break
    return pairs


def _pieces(span: Span) -> list[Span]:
    """A model span split at line breaks: "Globex\n\nMaria Lindgren" is two names."""
    doc, out, start = span.doc, [], span.start
    for i in range(span.start, span.end):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            out.append((start, i + (0 if "\n" in doc[i].text else 1)))
            start = i + 1
    out.append((start, span.end))
    return [Span(doc, s, e, label=span.label_) for s, e in out if e > s]


def _owner_and_unit(span: Span, lex: EntityLexicon) -> list[Span]:
    """"the Harbour Board’s Licensing Division": two actors, the owner and its unit, not one name."""
    doc = span.doc
    for tok in span[1:-1]:
        if tok.tag_ == "POS" and span[-1].lower_ in lex.unit_words and doc[tok.i + 1].is_title:
            return [Span(doc, span.start, tok.i, label=span.label_), Span(doc, tok.i + 1, span.end, label=span.label_)]
    return [span]


def _rewrapped(pieces: list[Span]) -> list[Span]:
    """A person's name that a hard-wrapped line broke in two ("... Secretary Dana\nVoss announced"): the
    model tags two names, one ending a line and one opening the next, and prose goes on after it."""
    out: list[Span] = []
    for span in sorted(pieces, key=lambda s: s.start):
        prev = out[-1] if out else None
        if prev is not None and span.start < prev.end:
            continue  # the second half, already joined
        doc, end = span.doc, span.end
        if span.label_ == "PERSON" and end + 1 < len(doc) and doc[end].text == "\n":
            surname = doc[end + 1]
            if surname.is_title and surname.pos_ == "PROPN" and surname.lower_ not in entity_lexicon().person_titles \
                    and end + 2 < len(doc) and doc[end + 2].is_lower:
                span = Span(doc, span.start, end + 2, label="PERSON")
        out.append(span)
    return out


def _trim(span: Span, lex: EntityLexicon) -> Span | None:
    """Cut what is not part of the name: leading "the"/"Picture of", "(…", "’s Research Park",
    a trailing "of <place>", and extend over a hyphenated second half, ", Jr." and a following
    lower-case organisation word ("Velden airport")."""
    doc = span.doc
    start, end = span.start, span.end
    tagged = doc.has_annotation("POS")
    while tagged and start < end and (doc[start].pos_ not in ("PROPN", "NUM") or doc[start].dep_ in ("preconj", "det")):
        start += 1
    if span.ent_id_ or (start == end and _nominal(span.root)):  # "Little White Car Buyer" (gazetteer),
        start = next((i for i in range(span.start, end) if doc[i].is_title or doc[i].is_upper), start)  # "Western’s"
    while start < end and not any(ch.isalnum() for ch in doc[start].text):
        start += 1  # "| Publication"
    while start + 1 < end and doc[start].lower_ in lex.caption_words and doc[start + 1].lower_ == "of":
        start += 2  # "Picture of X"
    if span.label_ == "PERSON" and start == span.start > 0 and re.fullmatch(r"[B-HJ-Z]\.?", doc[start - 1].text) \
            and doc[start - 1].pos_ == "PROPN":
        start -= 1  # an initial the model left out: "H Lawrence Culp" (not "A" or "I", which are words)
    for i in range(start + 1, end):
        rest = {t.lower_ for t in doc[i + 1 : end]}
        finite = doc[i].tag_ in ("VBD", "VBZ", "VBP") and (doc[i].is_lower or title_case(doc[i].sent.text.strip()))
        # "X investigated Hale", and in a headline "Voss, Thornton Agree to Settle": a clause, not a name
        legal = end + 1 < len(doc) and doc[end].text == "," and not doc[end + 1].is_lower \
            and is_legal_form(doc[end + 1].text)  # "Dana’s Kitchens, LLC"
        owner = doc[i - 1].ent_type_ in WEAK_LABELS  # "Norway’s Harbour Board": the place is no part of the name
        if finite or doc[i].text == "(" or (doc[i].tag_ == "POS" and (owner or not rest & lex.org_words and not legal)):
            end = i
            break
        if doc[i].lower_ == "of" and span.label_ == "ORG" and i + 2 >= end and i + 1 < len(doc) \
                and (doc[i + 1].ent_type_ == "GPE" or doc[i - 1].lower_ in lex.industry_words) \
                and doc[i - 1].lower_ not in lex.jurisdiction_words:  # "Wind Power of Norway"
            end = i  # "Brivola Wind Systems of Denmark", but "Regional Court of Velden"
            break
    while end > start and (not any(ch.isalnum() for ch in doc[end - 1].text) or doc[end - 1].lower_ in LINKING_WORDS):
        end -= 1  # "Acme Optics and": no name ends in a linking word
    while span.label_ == "PERSON" and end > start + 1 and not any(ch.isalpha() for ch in doc[end - 1].text):
        end -= 1  # "Zhang Xuefeng +1": people's names do not end in numbers
    while end < len(doc) - 1 and doc[end].text in ("-", "–") and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha and not _participle(doc[end + 1]):
        end += 2  # "Zen" + "-tric": a name the tokenizer split at a hyphen (not "Acme-owned", "Oslo-based")
    if end - start > 2 and doc[end - 2].text in ("-", "–") and _participle(doc[end - 1]):
        end -= 2  # the model's own "Globex-backed": the name is the part before the hyphen
    if span.label_ == "ORG":
        start = _name_start(doc, start, end, lex)
    if end - start > 2 and doc[start + 1].tag_ == "POS" and _country(doc[start].lower_):
        start += 2  # "Japan’s Panasonic Corp." tagged as one name: the firm is Panasonic Corp.
    if end - start > 2 and doc[start].lower_ in lex.person_titles and _first_and_surname(doc[start + 1 : end], lex):
        start += 1  # "CFO Kenneth Arola" tagged as one name: the title is no part of it
    while span.label_ == "PERSON" and end - start > 2 and doc[start].lower_ in lex.person_titles \
            and doc[start + 1].is_title:
        start += 1  # a title the model took into a full name: "Chair Lei Jun" (a nickname, "Boss Cai", stays)
    suffix = end < len(doc) - 1 and doc[end].text == "," and doc[end + 1].lower_ in ("jr.", "sr.")
    if span.label_ == "PERSON" and suffix:
        end += 2
    if end < len(doc) and doc[end].is_lower and doc[end].lower_ in lex.org_words and doc[end - 1].dep_ == "compound" \
            and doc[end].dep_ != "compound" and (end + 1 == len(doc) or doc[end + 1].text not in ("-", "–")):
        end += 1  # "Velden airport", but not "Kestrel news agency", "Kestrel co-founder"
    if span.label_ == "ORG":
        end = _with_place(doc, end, lex)
    start = next((i + 1 for i in range(end - 2, start, -1) if doc[i].text in ("-", "–", "|")
                  and doc[i].whitespace_ and doc[i - 1].whitespace_), start)  # "Antitrust - Commission": a crumb
    post = start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].is_title \
        and doc[start - 2].lower_ in lex.cabinet_titles  # "Secretary of Labour" is a post, "CEO of Hooli" an employer
    if end <= start or post or {t.lower_ for t in doc[start:end]} <= lex.person_titles | lex.party_words \
            or _head(doc[start:end]).lower_ in lex.person_titles or _post_word(_head(doc[start:end]).lower_):
        return None  # a post, not a name: "Director", "Army Sergeant", "Secretary of Labour"
    root = doc[start:end].root
    if span.label_ == "NORP" and end - start == 1:
        return None  # a nationality or creed ("Danish", "Catholics") names no one actor
    if span.label_ != "PRODUCT" and any(c.dep_ == "det" and c.lower_ in ("a", "an") or c.tag_ == "PRP$"
                                        for c in root.children):
        return None  # a class, not a name: "a Licensed Futures Broker", "its first EV"
    head = _head(doc[start:end])
    last = doc[end - 1].lower_ if head.i == end - 1 else ""  # "EU Merger Regulation", not "... for Market Regulation"
    if {last, head.lemma_.lower(), head.lower_[:-1]} & lex.non_actor_words:
        return None  # laws and documents: "EU Merger Regulation", "Confidentiality Commitment", "Order of Recall"
    if _in_law_name(doc, end, lex):
        return None  # the start of a law's name: "Family" and "Medical Leave" of "Family and Medical Leave Act"
    if doc[end - 1].is_title and doc[end - 1].lower_.rstrip(".") in lex.street_words or \
            (end - start == 1 and (doc[start].lower_ in lex.months or _numbered_noun(doc[start], lex))):
        return None  # addresses, dates and labels: "Sweet Home Road", "October", "Sections"
    return Span(doc, start, end, label=span.label_)


def _country(word: str) -> bool:
    return word in lexicon().countries


def _predicate(tok: Token) -> bool:
    """A verb or noun of the relation lexicon: "fined", "a lawsuit", "imposed", "received"."""
    lex = lexicon()
    return any(f in lex.verbs or f in lex.nouns or f in lex.light_verbs
               or f in lex.imposing_verbs | lex.receiving_verbs | lex.payment_verbs for f in lemma_forms(tok))


def relation_words(span: Span | list[Token]) -> bool:
    """Every word of the span is a relation noun or its "joint": "Joint Ventures", not "Kite Ventures"."""
    lex = lexicon()
    return all(any(f in lex.nouns or f in lex.joint_words for f in lemma_forms(t)) for t in span)


def _post_word(word: str) -> bool:
    """A word naming a post: "editor", "partner", "superintendent"."""
    return word in lexicon().roles


def _post(tok: Token) -> bool:
    """A lower-case noun naming a post: "editor", "partner", "president"."""
    return tok.pos_ == "NOUN" and tok.is_lower and _post_word(tok.lemma_.lower())


def _head(span: Span) -> Token:
    """The head word of a name: its last word, or the last before "of"/"for" ("Register" of "Register of Deeds",
    "Administration" of "State Administration for Market Regulation")."""
    of = next((t.i for t in span if t.lower_ in ("of", "for") and t.i > span.start), span.end)
    return span.doc[of - 1]


def _participle(tok: Token) -> bool:
    """The second half of a compound adjective: "-based", "-owned", "-registered", "-led"."""
    return tok.is_lower and tok.tag_ in ("VBN", "VBD", "VBG")


def _name_start(doc: Doc, start: int, end: int, lex: EntityLexicon) -> int:
    """The start of an organisation's name that the model began too late: after an acronym that opens
    it ("NKV" + "Marine Systems Inc.") or after "Name and" where the part after "and" is only a
    description ("Halden Optics and" + "Precision Systems"); the words before are tagged as no other name
    and are no complete name themselves, here or elsewhere in the text ("Autoliv and TRW", "Acme Group and
    Globex Systems" stay two)."""
    if start and doc[start - 1].is_upper and doc[start - 1].is_alpha and len(doc[start - 1]) > 1 \
            and not doc[start - 1].ent_type_ and "\n" not in doc[start - 1].whitespace_:
        return start - 1
    if start > 1 and doc[start - 1].tag_ == "POS" and not doc[start - 2].whitespace_ and doc[start - 2].is_title \
            and doc[start - 2].ent_type_ not in WEAK_LABELS \
            and (doc[end - 1].lower_ in lex.org_words or is_legal_form(doc[end - 1].text)):
        return start - 2  # a founder's possessive opens the firm's name: "Dana’s" + "Kitchens, LLC"
    described = end - start > 1 and doc[start].is_title and doc[end - 1].lower_ in lex.org_words | lex.industry_words
    if start < 2 or doc[start - 1].lower_ != "and" or not described:
        return start
    first = start - 1
    while first and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title and not doc[first - 1].ent_type_ \
            and "\n" not in doc[first - 1].whitespace_:
        first -= 1
    last = doc[start - 2]
    if first == start - 1 or last.lower_ in lex.org_words or is_legal_form(last.text) \
            or doc[first : start - 1].text in {e.text for e in doc.ents}:
        return start  # "Orbis Telecom and Kestrel Networks" after a headline naming "Orbis Telecom" alone: two
    return first


def _with_place(doc: Doc, end: int, lex: EntityLexicon) -> int:
    """The end of an institution's name that the model stopped before its place: "the Regional Court" +
    "of Velden"."""
    if end + 1 < len(doc) and doc[end - 1].lower_ in lex.jurisdiction_words and doc[end].lower_ == "of" \
            and doc[end + 1].pos_ == "PROPN" and doc[end + 1].is_title and doc[end + 1].ent_type_ in ("", "GPE"):
        end += 2
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title \
                and doc[end].ent_type_ == doc[end - 1].ent_type_:
            end += 1
    elif end + 1 < len(doc) and doc[end - 1].lower_ in lex.inquiry_words and doc[end].lower_ == "into" \
            and doc[end + 1].is_title:  # "Royal Commission" + "into Harbour Safety and Pilotage"
        last = end + 1
        while last + 1 < len(doc) and (doc[last + 1].is_title or doc[last + 1].lower_ in LINKING_WORDS) \
                and "\n" not in doc[last].whitespace_:
            last += 1
        while doc[last].lower_ in LINKING_WORDS:
            last -= 1
        end = last + 1
    return end


def _in_law_name(doc: Doc, end: int, lex: EntityLexicon) -> bool:
    """The capitalised words after `end` (joined by "and", "of") end in a law word: "… Leave Act"."""
    while end < len(doc) and (doc[end].is_title or doc[end].lower_ in ("and", "of", "on", "for", "the")):
        if doc[end].is_title and doc[end].lower_ in lex.law_words:
            return True
        end += 1
    return False


def _nominal(tok: Token) -> bool:
    """Used as a noun: "Western discriminated", "Western’s policy" (not "European car producers")."""
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss") or any(c.tag_ == "POS" for c in tok.children)


def _corporate_names(doc: Doc, lex: EntityLexicon) -> list[Span]:
    """Capitalised runs ending in a corporate suffix or organisation word ("Western Distributing Co.",
    "U.S. Attorney’s Office") that the model missed. In a title-case headline every word is capitalised,
    so an industry word there ends no name ("to Supply Batteries"): body text names the firm again."""
    out = []
    for tok in doc:
        named_end = tok.lower_ in lex.org_words or (tok.lower_ in lex.industry_words and _nominal(tok)
                                                    and not title_case(tok.sent.text.strip()))
        legal = is_legal_form(tok.text) and not tok.is_lower and not tok.is_stop
        if not tok.i or not (legal or (tok.is_title and named_end)):
            continue
        if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.is_title:
            continue  # the name goes on: "Two Media Outlets" in a headline, "Xinhua News Agency"
        start = tok.i
        while start > tok.sent.start and "\n" not in doc[start - 1].whitespace_ \
                and (doc[start - 1].is_title or doc[start - 1].tag_ == "POS" or doc[start - 1].text == "&"):
            start -= 1
        while start < tok.i and (not doc[start].is_title or doc[start].like_num or doc[start].is_stop):
            start += 1  # "By Army Press Office", "The Globex Group": no name starts with a function word
        if start < tok.i and start == tok.sent.start and tok.sent.text.rstrip()[-1:] not in ".!?\"”":
            start = _named_in_body(doc, start, tok.i + 1)
        if start < tok.i:
            start = _name_start(doc, start, tok.i + 1, lex)  # "Securities and" + "Exchange Commission"
            out.append(Span(doc, start, _with_place(doc, tok.i + 1, lex), label="ORG"))
    return out


def _named_in_body(doc: Doc, start: int, end: int) -> int:
    """A headline capitalises every word ("Aircraft Suppliers Form Northern Wing Consortium"): a run
    that opens it and is never named again starts at its longest tail that the body names."""
    line = doc[start:end]
    text = doc_text(doc)
    body = text[: line.start_char] + text[line.end_char :]
    if line.text in body:
        return start
    return next((i for i in range(start + 1, end - 1) if doc[i:end].text in body), start)


NOT_PRODUCT_LABELS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}


def _products(doc: Doc, lex: EntityLexicon) -> list[Span]:
    """A capitalised name followed by a model number and series words: "Boxa X20 Pro", "Nimbus Phone 3
    Special Edition". The run ends at its last number or series word ("Boxa X20 Review" is Boxa X20)."""
    out: list[Span] = []
    i = 0
    while i < len(doc):
        end = i + 1
        while end < len(doc) and _model_word(doc[end], lex) and "\n" not in doc[end - 1].whitespace_:
            end += 1
        while end > i + 1 and not (_has_digit(doc[end - 1]) or doc[end - 1].lower_ in lex.series_words):
            end -= 1
        ranking = end < len(doc) and doc[end].tag_ == "NNS" and doc[end].lemma_ in lex.org_descriptors
        model = [t for t in doc[i + 1 : end] if _has_digit(t) and not _year(t)]
        if model and (_numbered_noun(doc[model[0].i - 1], lex) or _date_number(model[-1])
                      or _glued_date(doc[i:end].text) < len(doc[i:end].text)):
            model = []  # "Release 12", "Order 7": a document's number; "Update 12-30-2025", "DeskMay 4": a date
        if end > i + 1 and not ranking and _brand(doc[i], lex) and model:
            out.append(Span(doc, i, end, label="PRODUCT"))
            i = end
        else:
            i += 1
    return out


def _brand(tok: Token, lex: EntityLexicon) -> bool:
    """Can start a product name: a proper noun, acronym or "OnePlus", not "Article", "RMB" or "The"."""
    return (tok.pos_ == "PROPN" or tok.is_upper or _mixed_case(tok)) and tok.is_alpha and not tok.is_stop \
        and not is_currency(tok.text) and not _numbered_noun(tok, lex) \
        and tok.lower_ not in lex.series_words | lex.months | lex.month_abbreviations


def _numbered_noun(tok: Token, lex: EntityLexicon) -> bool:
    """"Section", "Sections", "Release": a noun that a number follows as its label, not as a model."""
    return tok.lower_ in lex.numbered_nouns or tok.lower_[:-1] in lex.numbered_nouns and tok.lower_[-1] == "s"


def _model_word(tok: Token, lex: EntityLexicon) -> bool:
    if tok.ent_type_ in NOT_PRODUCT_LABELS or (tok.i + 1 < len(tok.doc) and is_scale(tok.doc[tok.i + 1].text)):
        return False  # "Investing 10 billion"
    return _has_digit(tok) or tok.is_title or tok.is_upper or _mixed_case(tok)


@cache
def _glued_month() -> re.Pattern[str]:
    lex = entity_lexicon()
    months = "|".join(sorted((m.title() for m in lex.months | lex.month_abbreviations), key=len, reverse=True))
    return re.compile(rf"(?<=[a-z])(?:{months})\.?(?![a-z])")


def _glued_date(text: str) -> int:
    """Where a month glued to the word before begins ("Press OfficeMarch 3" -> 12), else len(text)."""
    m = _glued_month().search(text)
    return m.start() if m else len(text)


def _date_number(tok: Token) -> bool:
    """A number that goes on as a date: "12-30-2025", "4/11/2024"."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text in ("-", "/") and doc[tok.i + 2].like_num


def _year(tok: Token) -> bool:
    """"Digital Day 2021", "Expo 2030": a year names an event, not a model."""
    return tok.text.isdigit() and len(tok.text) == 4 and tok.text[:2] in ("19", "20")


def _has_digit(tok: Token) -> bool:
    return any(c.isdigit() for c in tok.text) and tok.text[0].isalnum()


def _capitals(tok: Token) -> bool:
    """Written as a name: "Kestrel", "KVRA", "UOKiK"."""
    return tok.is_title or tok.is_upper or _mixed_case(tok)


def _mixed_case(tok: Token) -> bool:
    """"OnePlus", "iPhone": a capital after the first letter of a word that is not all capitals."""
    return tok.is_alpha and any(c.isupper() for c in tok.text[1:]) and not tok.is_upper


def _list_siblings(doc: Doc, spans: list[Span], lex: EntityLexicon) -> list[Span]:
    """Proper nouns coordinated with names ("JD Group, Tencent, Baidu") are names of the same kind,
    also where the model called one a place ("Vipshop", "Walmart China" tagged GPE in a list of firms)."""
    covered = {i: s for s in spans for i in range(s.start, s.end)}
    out, replaced = [], []
    for tok in doc:
        own = covered.get(tok.i)
        if (own is not None and own.label_ not in WEAK_LABELS) or tok.pos_ != "PROPN" \
                or tok.lower_ in lex.person_titles:
            continue
        if tok.dep_ in ("conj", "appos"):
            sibling = covered.get(tok.head.i)
        else:  # the first of a list of people is the parse's head: "Pavel Orlov and Dana Whitt founded ..."
            sibling = None if own is not None or not any(c.dep_ == "compound" for c in tok.children) else next(
                (covered[c.i] for c in tok.children if c.dep_ == "conj" and c.i in covered
                 and covered[c.i].label_ == "PERSON"),
                None)
        if sibling is None or sibling.label_ not in LABELS or (own is not None and tok.dep_ == "appos"):
            continue  # "Velden Arsenal, Ohio": a place in apposition is where the named one is
        left = min([c.i for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok.i])
        label = "ORG" if own is not None else sibling.label_  # a "place" among names of firms is a firm
        span = Span(doc, min(left, own.start if own else left), tok.i + 1, label=label)
        out.append(span)
        replaced += [own] if own is not None else []
        covered.update({i: span for i in range(span.start, span.end)})
    spans[:] = [s for s in spans if s not in replaced]
    return out


def _listed_names(doc: Doc, spans: list[Span], lex: EntityLexicon) -> list[Span]:
    """Capitalised proper nouns the model left untagged, or called a place, right before a ticker in brackets:
    "Kindles for Amazon (AMZN)" names a listed firm. Not in a title-case headline."""
    covered = {i for s in spans if s.label_ not in WEAK_LABELS for i in range(s.start, s.end)}
    out = []
    for m in re.finditer(rf"\({BARE_TICKER}\)", doc_text(doc)):
        bracket = doc.char_span(m.start(), m.start() + 1)
        end = bracket.start if bracket is not None else 0
        start = end
        while start > 0 and start - 1 not in covered and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].is_title and end - start < 4 and "\n" not in doc[start - 1].whitespace_:
            start -= 1
        span = Span(doc, start, end, label="ORG")
        if start < end and start - 1 not in covered and not title_case(span.sent.text.strip()) \
                and _whole_name(span, lex):
            out.append(span)
    spans[:] = [s for s in spans if not any(o.start <= s.start and s.end <= o.end for o in out)]
    return out


def _described_names(doc: Doc, spans: list[Span], lex: EntityLexicon) -> list[Span]:
    """Proper nouns the model left untagged right after a noun that says what they are: "the sovereign fund
    Statsfond", "consumer group Altroconsumo", "the startup Quillo". Not in a title-case headline."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for tok in doc[:-1]:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.org_descriptors or not tok.is_lower:
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 4 and doc[end].pos_ == "PROPN" and end not in covered \
                and (doc[end].is_title or doc[end].is_upper) and "\n" not in doc[end - 1].whitespace_:
            end += 1
        span = Span(doc, tok.i + 1, end, label="ORG")
        if end > tok.i + 1 and not title_case(tok.sent.text.strip()) and _whole_name(span, lex):
            out.append(span)  # not "its Vantage unit Monday"
    return out


def _employer_names(doc: Doc, spans: list[Span], lex: EntityLexicon) -> list[Span]:
    """Proper nouns the model left untagged where a post names its employer, which only an organisation is:
    before a person's lower-case title ("Bloomberg managing editor Jane Doe", "the Kestrel editor, Jane
    Doe"), after a post's "of"/"at" ("Jane Doe, president of AVCC") and as its owner ("KVRA's Director").
    Not countries or a firm's functions."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    people = {s.start for s in spans if s.label_ == "PERSON"}

    def name(start: int, end: int) -> Span | None:
        words = doc[start:end]
        if not words or covered & set(range(start, end)) or any(
                t.pos_ != "PROPN" or not _capitals(t) or "\n" in t.whitespace_ for t in words[:-1]):
            return None
        if words[-1].pos_ != "PROPN" or not _capitals(words[-1]) or _country(words.text.lower()) \
                or words.text.lower() in lex.function_words or words[0].lower_ in lex.person_titles:
            return None
        return Span(doc, start, end, label="ORG")

    out = []
    for tok in doc:
        owned = tok.pos_ in ("NOUN", "PROPN") and _post_word(tok.lower_)  # "KVRA's General Superintendent"
        if not (owned or _post(tok)) or title_case(tok.sent.text.strip()):
            continue
        for owner in (c for c in tok.children if owned and c.dep_ == "poss" and c.pos_ == "PROPN"):
            span = name(owner.left_edge.i, owner.i + 1)
            out += [span] if span is not None else []
        if not (_post(tok) or owned and tok.i + 1 in people):  # "Acme President and CEO Jane Doe"
            continue
        after = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].text == ",")
        if after in people:  # the name before the title words: walk left over "managing", "deputy", "chief"
            first = tok.i  # and over "President and" of "Acme President and CEO Jane Doe"
            while first > tok.sent.start and (doc[first - 1].is_lower and doc[first - 1].pos_ in ("ADJ", "NOUN", "VERB")
                                              or doc[first - 1].lower_ == "and" or _post_word(doc[first - 1].lower_)):
                first -= 1
            start = first
            while start > tok.sent.start and first - start < 3 and doc[start - 1].pos_ == "PROPN":
                start -= 1
            if start > tok.sent.start and doc[start - 1].pos_ == "PROPN":
                continue  # a longer run of capitals: not a name we can delimit
            span = name(start, first) if start < first else None
            if span is not None and not _post(tok) and (span[0].ent_type_ in ("NORP", "GPE") or any(
                    t.lower_ in lex.title_modifiers for t in span) or any(
                    t.lower_ in lex.cabinet_titles for t in doc[first : tok.i + 1])):
                span = None  # a title's own words: "Assistant Attorney General X", "Labour Minister X"
            out += [span] if span is not None else []
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "at")):
            start = prep.i + 1 + (prep.i + 1 < len(doc) and doc[prep.i + 1].lower_ == "the")
            end = start
            while end < len(doc) and end - start < 4 and doc[end].pos_ == "PROPN":
                end += 1
            span = name(start, end) if end > start else None
            out += [span] if span is not None else []
    return out


ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
ARGUMENT_PREPS = frozenset({"by", "against", "on", "with", "from", "to"})


def _argument_names(doc: Doc, spans: list[Span], lex: EntityLexicon) -> list[Span]:
    """Runs of capitalised proper nouns the model left untagged (or called a place) where a relation's verb or
    noun takes its actors ("Orbit Phones was also fined", "fined Orbit Phones", "a lawsuit against Orbit Phones")
    or a reporting verb its speaker ("In a memo, Orbit said"): a name, typed by its votes. Not in a title-case
    headline; a lone word opening its sentence only when no dictionary knows it ("Tencent acquired", not
    "Regulators fined")."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" and not (tok.is_sent_start and _uncommon(tok)) or tok.i in covered \
                or not (tok.is_title or tok.is_upper) or not tok.is_alpha:
            continue
        head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ARGUMENT_PREPS else tok.head
        slot = tok.dep_ in ARGUMENT_DEPS and tok.head.pos_ in ("VERB", "AUX") or head != tok.head
        speaks = tok.dep_ == "nsubj" and any(f in lexicon().reporting_verbs for f in lemma_forms(tok.head))
        if not (slot and _predicate(head) or speaks) or title_case(tok.sent.text.strip()):
            continue
        start = tok.i
        while start > tok.sent.start and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i \
                and doc[start - 1].pos_ == "PROPN" and (doc[start - 1].is_title or doc[start - 1].is_upper) \
                and "\n" not in doc[start - 1].whitespace_:
            start -= 1
        span = Span(doc, start, tok.i + 1, label="ORG")
        if covered & set(range(start, tok.i)) or start == tok.i == tok.sent.start and not _uncommon(tok) \
                or not _whole_name(span, lex):
            continue  # the model's name ends before this word ("Orbit" of the model's "Orbit Phones")
        out.append(span)
    return out


def _uncommon(tok: Token) -> bool:
    """No dictionary of general English knows the word (pipeline.HeadlineCase registers the test)."""
    return Token.has_extension("common_word") and not tok._.common_word


def _whole_name(span: Span, lex: EntityLexicon) -> bool:
    """A run of capitals that is a name of its own: not the end of a longer one ("Practices Act" of "Foreign
    Corrupt Practices Act"), not a reference ("the Board"), a number, a plural people ("Americans"), a banner in
    capitals, a day, a month, a post or a country."""
    doc, last = span.doc, span[-1]
    before = doc[span.start - 1] if span.start > span.sent.start else None
    words = lex.person_titles | lex.months | lex.month_abbreviations | lex.weekdays
    if len(span) == 1 and (last.like_num or last.tag_ == "NNPS" or any(c.dep_ == "det" for c in last.children)
                           or last.lower_ in lex.org_descriptors | lex.org_possessions):
        return False
    return not (before is not None and before.is_alpha and not before.is_lower and before.pos_ in ("PROPN", "ADJ")
                or len(span) > 1 and span.text.isupper() or last.lemma_.lower() in lex.non_actor_words
                or any(t.lower_ in words for t in span) or _country(span.text.lower()) or relation_words(span))


def _votes(span: Span, lex: EntityLexicon) -> Counter[str]:
    """Type evidence for one mention: its own words, its descriptors, its label, its syntactic slot."""
    votes: Counter[str] = Counter()
    root = span.root
    words = [t.lower_ for t in span]
    outside = [c for c in root.children if c.i not in range(span.start, span.end)]
    appos = {c.lemma_.lower().strip(".") for c in outside if c.dep_ == "appos"}
    near = [c for c in outside if c.dep_ == "compound"]
    if root.dep_ == "appos" or (root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN"):
        near.append(root.head if root.dep_ == "appos" else root.head.head)
    before = span.doc[span.start - 1] if span.start else None
    if before is not None and before.pos_ in ("NOUN", "PROPN") and (
            before.dep_ == "compound" or before.lemma_.lower() in lex.org_descriptors):
        near.append(before)  # "carmaker Ashby", "the sovereign fund Statsfond", whatever the parse
    lemmas = {t.lemma_.lower().strip(".") for t in near}
    legal = not span[-1].is_lower and is_legal_form(span[-1].text)  # "Harlow Partners, LP", "Zeta PBC"
    if (lemmas | appos) & lex.vessel_words or (before is not None and before.lemma_.lower() in lex.vessel_words):
        votes["Product"] += 3  # "the tanker Nordic Grace"
    owns = root.dep_ == "poss" and root.head.lemma_.lower() in lex.org_possessions  # "Helix Cloud's founder"
    plural = len(span) > 1 and span[-1].tag_ == "NNPS"  # "Orbit Phones", "Kite Cars": people are not plural nouns
    employs = root.dep_ == "pobj" and root.head.lower_ in ("of", "at") and _post(root.head.head) \
        and not _first_and_surname(span, lex)  # "a partner at Kleiner Perkins", not "the lawyer of Jane Doe"
    if words[-1] in lex.org_words | lex.industry_words or legal or (lemmas | appos) & lex.org_descriptors or owns \
            or employs:
        votes["Organization"] += 3
    elif plural:
        votes["Organization"] += 2
    if not votes and span.label_ in ("ORG", "") and _first_and_surname(span, lex):
        votes["Person"] += 2  # "Marcus Hale" whatever the model's tag; a descriptor or a firm's word outvotes it
    who = any(c.dep_ == "relcl" and any(g.lower_ in ("who", "whom") for g in c.children) for c in outside)
    if appos & lex.person_titles or any(c.dep_ == "appos" and _job_at(c) for c in outside) \
            or _holds_post(root, lex) or who:  # "Jane Doe, who led the team": "who" is said of people
        votes["Person"] += 3
    elif lemmas & lex.person_titles and not employs:  # "Commissioner Halvorsen" is a person, "CEO Globex" names
        # the employer; "founder of Kestrel Labs" names it too
        votes["Person" if span.label_ == "PERSON" or lemmas & lex.honorifics or _first_and_surname(span, lex)
              else "Organization"] += 3
    kinds = Counter(t.ent_type_ for t in _list_of(root) if t != root)  # "Google, IBM, Red Hat and Sony"
    if kinds["ORG"] >= 2 and not kinds["PERSON"]:
        votes["Organization"] += 2  # listed with firms only: a firm, whatever its tag (people's lists are mixed)
    label = LABELS.get(span.label_)
    actor = root.dep_ in ACTOR_DEPS or (root.dep_ == "pobj" and root.head.lower_ == "by")
    if label == "Person" and len(span) == 1 and not votes:
        label = "Organization"  # people are introduced with full names; lone words tagged PERSON are brands
    if label == "Product" and actor:
        label = "Organization"  # a product does not act: "Kestrel published the files" names the organisation
    if label:
        votes[label] += 1
    elif actor:
        votes["Organization"] += 1
    return votes


def _list_of(tok: Token) -> list[Token]:
    """The heads of the coordinated list a token stands in ("A, B and C"), itself included."""
    first = tok
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    found, todo = [], [first]
    while todo:
        head = todo.pop()
        found.append(head)
        todo += [c for c in head.children if c.dep_ == "conj"]
    return found


def _first_and_surname(span: Span, lex: EntityLexicon) -> bool:
    """"Marcus Hale", "Nadia K. Perez": a common first name, then a surname that is not one too (firms named
    after two people, "Morgan Stanley", "Philip Morris", stay the model's) nor a word of firm names. Only for
    what the model tagged an organisation or did not tag: "Hong Kong" is a place."""
    words = [t for t in span if not (len(t.text) == 2 and t.text[1] == ".")]  # middle initials
    if not 2 <= len(words) <= 3 or not all(t.is_title and t.is_alpha for t in words):
        return False
    names, last = given_names(), words[-1].lower_
    return words[0].lower_ in names and last not in names | lex.org_words | lex.industry_words | lex.region_words


def _holds_post(root: Token, lex: EntityLexicon) -> bool:
    """Only people are named to, removed from or serve in a post: "hired X as chief technology officer",
    "X was ousted as chief executive", "X has been appointed chief executive", "X served as chairman"."""
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass", "dobj") or (
            root.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in verb.children)) or (
            root.dep_ == "dobj" and verb.lemma_.lower() in JOINING_VERBS):
        return False  # "Acme appointed X as CEO": the post is X's, not Acme's; "joined X as its CEO": X employs
    as_phrase = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                 if g.dep_ == "pobj"]
    complement = [c for c in verb.children if c.dep_ == "oprd" or (c.dep_ == "attr" and verb.lemma_ != "be")]
    posts = [t for noun in as_phrase + complement for t in (noun, *noun.lefts) if t.pos_ in ("NOUN", "PROPN")]
    return any(t.lemma_.lower() in lex.person_titles for t in posts)


def _job_at(noun: Token) -> bool:
    """"X, a former producer at Acme": one holds a post at an organisation; a firm is "a maker of" or "a
    supplier to" something."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "at" for c in noun.children)


def _is_chrome(sent: Span, lex: EntityLexicon) -> bool:
    low = sent.text.lower()
    if any(cue in low for cue in lex.chrome):
        return True
    return any(cue in low for cue in lex.reader_chrome) and (
        len(sent) <= 8 or any(t.lower_ in lex.reader_words for t in sent))


NAME = r"[A-Z][\w’'-]*\.?(?:\s[A-Z][\w’'-]*\.?){1,3}(?:,\s(?:Jr|Sr)\.)?"
BYLINE_RE = re.compile(
    rf"^(?:(?P<caption>[A-Za-z]+)\sof\s)?(?P<person>{NAME})(?:,\s(?P<role>[A-Za-z][\w .-]*?)"
    rf"(?:,?\s(?P<org>[A-Z][\w&.’'-]*(?:\s[A-Z&][\w&.’'-]*){{0,4}}))?)?\s*$"
)


def _bylines(doc: Doc, lex: EntityLexicon) -> tuple[list[Span], set[int]]:
    """Lines that are only "Jane Doe, CEO, Acme Corp" or an image caption "Picture of Jane Doe, CEO Acme":
    the person and the employer, where the parser sees one run of proper nouns. Also the tokens of
    those lines, where the model's own spans are not to be trusted."""
    out: list[Span] = []
    lines: set[int] = set()
    offset = 0
    for line in doc_text(doc).split("\n"):
        m = BYLINE_RE.match(line.strip())
        start = offset + len(line) - len(line.lstrip())
        offset += len(line) + 1
        if not m or not (_is_role(m.group("role"), lex) or (m.group("caption") or "").lower() in lex.caption_words):
            continue
        lines |= {t.i for t in doc.char_span(start, start + len(line.strip()), alignment_mode="expand") or []}
        org = m.group("org")  # "CEO Europe" is a regional title, not an employer
        if org and org.lower() not in lex.region_words and not _is_role(org, lex):
            out.append(doc.char_span(start + m.start("org"), start + m.end("org"), label="ORG"))
        out.append(doc.char_span(start + m.start("person"), start + m.end("person"), label="PERSON"))
    return [s for s in out if s is not None], lines


def _is_role(words: str | None, lex: EntityLexicon) -> bool:
    return bool(words) and any(w.lower().strip(".") in lex.person_titles for w in words.split())


def _after_dateline(span: Span, opened: list[tuple[int, int]]) -> Span | None:
    """The part of a span after a dateline ("IL—Globex Corp." -> "Globex Corp."); None inside one."""
    for s, e in opened:
        if s <= span.start_char < e:
            rest = [t.i for t in span if t.idx >= e]
            return Span(span.doc, rest[0], span.end, label=span.label_) if rest else None
    return span


def _named_spans(doc: Doc) -> list[Span]:
    lex = entity_lexicon()
    opened = datelines(doc_text(doc))
    pieces = [
        _after_dateline(p, opened) for e in doc.ents if e.label_ in LABELS or e.label_ in WEAK_LABELS
        for p in _pieces(e)
    ]
    pieces = [part for p in _rewrapped([p for p in pieces if p is not None]) for part in _owner_and_unit(p, lex)]
    bylines, lines = _bylines(doc, lex)
    spans = [s for s in (_trim(p, lex) for p in pieces) if s]
    spans = [s for s in spans if not any(o.label_ == "ORG" and o.start <= s.start and s.end <= o.end and len(o) > len(s)
                                         for o in spans)]  # "Harbour Safety" of "Commission into Harbour Safety"
    corporate = _corporate_names(doc, lex)
    inside = [s for s in spans
              if s.label_ in WEAK_LABELS and any(c.start <= s.start and s.end <= c.end for c in corporate)]
    spans = [s for s in spans if s not in inside]  # "U.S." of "U.S. Attorney’s Office" is part of the name
    # the model began the name at its last word: "U.S. Attorney's Office" + "Office for the District of X", or at a
    # later word of it ("Attorney's Office"), but not after a place's possessive ("Japan's" + "Fair Trade Commission")
    joined = {s: c for s in spans for c in corporate if c.start < s.start < c.end and (
        c.end == s.start + 1 or c.end == s.end and not any(t.tag_ == "POS" for t in c.doc[c.start : s.start]))}
    spans = [Span(doc, joined[s].start, s.end, label=s.label_) if s in joined else s for s in spans]
    taken = {i for s in spans for i in range(s.start, s.end)}
    spans += [s for s in corporate if not taken & set(range(s.start, s.end))]
    spans += [t for t in (_trim(s, lex) for s in _list_siblings(doc, spans, lex)) if t]
    spans += _described_names(doc, spans, lex)
    spans += _quoted_names(doc, spans, lex)
    spans += _listed_names(doc, spans, lex)
    spans += _employer_names(doc, spans, lex)
    spans += [t for t in (_trim(s, lex) for s in _argument_names(doc, spans, lex)) if t]
    spans = _with_products(spans, _products(doc, lex))
    spans = [s for s in spans if not lines & set(range(s.start, s.end))] + bylines
    laws = _law_acronyms(doc, spans, lex) | set(term_heads(doc_text(doc))) | lex.term_acronyms
    spans = [s for s in spans if s.text not in laws and not _reference(s) and not is_currency(s.text)  # "Rs."
             and s.text.lower() not in lex.function_words  # "vice president of Communications"
             and not relation_words(s)  # a relation written in capitals: "has Joint Ventures with"
             and not _project_name(s, lex)]
    spans = [part for s in _with_legal_forms(spans) for part in _coordinated(s, lex)]
    return _units_of(sorted(spans, key=lambda s: s.start), lex)


def _quoted_names(doc: Doc, spans: list[Span], lex: EntityLexicon) -> list[Span]:
    """The “Catena-X” initiative, the "Blue Route" alliance: a short capitalised name in quotes right before a
    word for an organisation (lex.org_words, lex.body_words) names it, whatever the model made of it (a title)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for tok in doc[:-2]:
        close = next((t for t in doc[tok.i + 2 : tok.i + 6] if t.text in QUOTES), None) if tok.text in QUOTES else None
        if close is None or close.i + 1 >= len(doc) or doc[close.i + 1].lower_ not in lex.org_words | lex.body_words:
            continue
        name = doc[tok.i + 1 : close.i]
        article = tok.i > 0 and doc[tok.i - 1].lower_ in ("a", "an")  # a "Trojan Horse" network: a figure
        if name[0].text[:1].isupper() and not article and not any(t.is_punct and t.text not in "-&." for t in name) \
                and not taken & set(range(name.start, name.end)):
            out.append(Span(doc, name.start, name.end, label="ORG"))
    return out


def _project_name(span: Span, lex: EntityLexicon) -> bool:
    """"the director of its Autopilot programme": the name of a firm's programme or team, no actor."""
    head = span.root.head
    return span.root.dep_ == "compound" and head.lower_ in lex.project_nouns and head.i == span.end and any(
        c.dep_ == "poss" for c in head.children)


def _with_legal_forms(spans: list[Span]) -> list[Span]:
    """"Wells Fargo Bank, N.A.", "Harbor Freight Lines, Inc.": a legal form after a comma belongs to
    the name before it (the model often ends the name at the comma, or tags "N.A." apart), and so do the
    capitalised words up to a legal form right after it ("Orbit" + "Parts GmbH.")."""
    out: list[Span] = []
    extended = 0  # the end of the last name extended over its legal form
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        doc, end = span.doc, span.end
        if span.start < extended:
            continue  # the legal form itself, or a piece of it, tagged apart
        firm = span.label_ not in ("PERSON", "PRODUCT") or any(t.tag_ == "POS" for t in span)  # "Dana’s Kitchens"
        if firm and end + 1 < len(doc) and doc[end].text == ",":
            for n in (3, 2, 1):
                form = doc[end + 1 : end + 1 + n]
                if form and not form[-1].whitespace_ and form.end < len(doc) and doc[form.end].text == "-":
                    continue  # "Co-Director"
                words = all(t.is_alpha or t.text in ",.&" or t.text.replace(".", "").isalpha() for t in form)
                if len(form) == n and words and not any(t.is_lower or t.is_stop for t in form) \
                        and is_legal_form(form.text):
                    span = Span(doc, span.start, end + 1 + n, label="ORG")
                    extended = span.end
                    break
        elif firm and span.label_ == "ORG":  # "fined Orbit Parts GmbH.": the model stopped before the last words
            for n in (3, 2, 1):
                rest = doc[end : end + n]
                if len(rest) == n and all(t.text[:1].isupper() and "\n" not in t.whitespace_ for t in rest[:-1]) \
                        and "\n" not in doc[end - 1].whitespace_ and rest[-1].text[:1].isupper() \
                        and is_legal_form(rest[-1].text.rstrip(".")) and not any(t.is_stop for t in rest):
                    span = Span(doc, span.start, end + n, label="ORG")
                    extended = span.end
                    break
        out.append(span)
    return out


def _coordinated(span: Span, lex: EntityLexicon) -> list[Span]:
    """"Alibaba Group and Tencent Holdings" tagged as one name is two, as are names the parser lists after a
    comma ("Orbis Labs, Kestrel Systems", but not "Tesla, Inc."): an "and" right after an
    organisation word or legal form, followed by a capitalised word, joins two names ("Securities
    and Exchange Commission" stays one); so does one after a trade word in a list ("including Kite Electronics
    and Lumen Robotics", not "a contract to General Dynamics Ordnance and Tactical Systems") or before a name of
    its own, a word no dictionary knows ("owned by Orbit Construction and Lumen Oil", not "Kestrel Oil and Gas
    Ltd" or "... Ordnance and Tactical Systems")."""
    doc = span.doc
    listed = span.start > 0 and doc[span.start - 1].lower_ in LIST_OPENERS  # "members including A Foods and B Labs"
    for i in range(span.start + 1, span.end - 1):  # "including Orbis Labs, Kestrel Systems": the parser's list
        if doc[i].text == "," and span.label_ == "ORG" and not is_legal_form(doc[i + 1].text) \
                and any(t.dep_ == "conj" and t.head.i < i for t in doc[i + 1 : span.end]):
            return [Span(doc, span.start, i, label="ORG"), *_coordinated(Span(doc, i + 1, span.end, label="ORG"), lex)]
    for i in range(span.start + 2, span.end - 1):
        left = doc[i - 1]
        last = doc[span.end - 1].lower_
        named = span.end - i > 2 and _uncommon(doc[i + 1]) and (
            last in lex.industry_words | lex.org_words or is_legal_form(doc[span.end - 1].text))
        if doc[i].lower_ == "and" and doc[i + 1].is_title and span.label_ == "ORG" \
                and (left.lower_ in lex.org_words or (not left.is_lower and is_legal_form(left.text))
                     or (listed or named) and left.lower_ in lex.industry_words and doc[i + 1].pos_ == "PROPN"):
            return [Span(doc, span.start, i, label="ORG"), *_coordinated(Span(doc, i + 1, span.end, label="ORG"), lex)]
    return [span]


QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
JOINING_VERBS = frozenset({"join", "rejoin", "lead", "run", "head", "leave", "quit"})
LIST_OPENERS = frozenset({",", "including", "include", "includes", "like", "between", ":"})
TERM_ACRONYM_RE = re.compile(r"((?:[\w’'-]+\s+){1,8})\(\s*[\"“]?([A-Z]{2,6})[\"”]?\s*\)")
LINKING_WORDS = frozenset({"of", "and", "for", "the", "on", "to", "&"})


@lru_cache(maxsize=4)  # the mention finder, the entity filter and the relation rules all ask, per document
def term_heads(text: str) -> dict[str, str]:
    """Acronyms a text defines for a term rather than an actor, each with the head word of what it spells: a
    lower-case phrase ("adjusted net capital (ANC)" -> capital), a document or decision ("Temporary Denial Order
    (“TDO”)" -> order) or a post ("Chief Hearing Officer (CHO)" -> officer). The relation rules read "issued a
    TDO against X" as the order it is."""
    lex = entity_lexicon()
    out = {}
    for m in TERM_ACRONYM_RE.finditer(text):
        words = [w for w in m.group(1).split() if w.lower() not in LINKING_WORDS]
        short = m.group(2)
        if len(words) < len(short) or "".join(w[0] for w in words[-len(short):]).upper() != short:
            continue
        spelled = words[-len(short):]
        last = spelled[-1].lower().rstrip("s")
        before = text[: m.start(1)].split()[-1:] + m.group(1).split()[: -len(spelled)]
        if {"a", "an"} & set(before[-2:]) or all(w.islower() for w in spelled) or {last, spelled[-1].lower()} & (
                lex.non_actor_words | lex.law_words | lex.person_titles | lex.party_words):
            out[short] = spelled[-1].lower()
    return out


DEFINED_RE = re.compile(r"((?:[A-Z][\w’'.-]*\s+){2,3})\(\s*[“\"]([A-Z][\w’'-]+)[”\"]\s*\)")


def _defined_surnames(text: str, lex: EntityLexicon) -> list[tuple[str, str]]:
    """(full name, surname) where a legal text defines a person's short name: "Dana Voss (“Voss”)"."""
    out = []
    for m in DEFINED_RE.finditer(text):
        words = m.group(1).split()
        firm = {w.lower().strip(".,") for w in words} & (lex.org_words | lex.industry_words)
        if words[-1] == m.group(2) and not firm and not any(is_legal_form(w) for w in words):
            out.append((" ".join(words), m.group(2)))
    return out


ENUMERATOR_RE = re.compile(r"(?:[IVX]{1,4}|[A-Z]|\d{1,2})\.")


def _reference(span: Span) -> bool:
    """Not a name but a reference: a citation between numbers ("45 Fed. Reg. 1020", "12 CR 880"), a numbered
    section heading ("II. Background", "B. SCOPE 1."), a heading in capitals or a stock listing."""
    doc = span.doc
    before, after = span.start - 1, span.end
    while after > span.start and doc[after - 1].like_num:
        after -= 1
    while before >= 0 and _abbreviation(doc[before]):
        before -= 1
    while after < len(doc) and _abbreviation(doc[after]):
        after += 1
    if before >= 0 and doc[before].like_num and after < len(doc) and doc[after].like_num:
        return True
    if _capital_line(span) or _line(span).strip().lower() in entity_lexicon().label_lines:
        return True
    if span.start and doc[span.start - 1].text == "(" and span.end + 1 < len(doc) and doc[span.end].text == ":" \
            and doc[span.end + 1].is_upper:
        return True  # a stock listing: "(NASDAQ: KSTL)"
    first = span[0] if ENUMERATOR_RE.fullmatch(span[0].text) else doc[span.start - 1] if span.start else None
    if first is None or not ENUMERATOR_RE.fullmatch(first.text):
        return False
    words = [t for t in doc[first.i + 1 : after]]
    line_end = span.end == len(doc) or "\n" in span[-1].whitespace_ or "\n" in doc[span.end].text
    numbered = after + 1 < len(doc) and ENUMERATOR_RE.fullmatch(doc[after].text + doc[after + 1].text) is not None
    return bool(words) and (first.text[0] in "IVX" and line_end and _line_start(first)
                            or numbered and all(t.is_upper for t in words))


def _line(span: Span) -> str:
    """The whole line of text that holds the span."""
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    return text[start : end if end >= 0 else len(text)]


CAPITAL_LINE_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,}(?![^\W\d_])")  # words of letters only


def _capital_line(span: Span) -> bool:
    """Inside a heading written in capitals ("NOTICE OF HEARING PURSUANT TO RULE 4 OF THE HARBOUR CODE"):
    every word there is capitalised, so only a short acronym may still be a name."""
    if len(span) == 1 and len(span[0]) <= 5:
        return False
    words = CAPITAL_LINE_WORD.findall(_line(span))  # the line's text: scanning its tokens cost a paragraph per name
    return len(words) >= 6 and sum(w.isupper() for w in words) >= 0.9 * len(words)


def _line_start(tok: Token) -> bool:
    before = tok.doc[tok.i - 1] if tok.i else None
    return before is None or "\n" in before.whitespace_ or "\n" in before.text


def _abbreviation(tok: Token) -> bool:
    """A word of a citation's reporter: "Fed.", "Reg", "F.3d", "CR", "."."""
    short = len(tok.text.rstrip(".")) <= 4 and tok.text[:1].isupper()
    return tok.text == "." or (short and "\n" not in tok.whitespace_)


def _law_acronyms(doc: Doc, spans: list[Span], lex: EntityLexicon) -> set[str]:
    """Acronyms introduced in brackets right after a law's name ("Family and Medical Leave Act (FMLA)"):
    every use of them names the law, not an actor."""
    return {s.text for s in spans if s.start > 1 and doc[s.start - 1].text == "("
            and doc[s.start - 2].is_title and doc[s.start - 2].lower_ in lex.law_words}


def _with_products(spans: list[Span], products: list[Span]) -> list[Span]:
    """Product names replace the model's pieces of them ("Asus ROG Phone" as a PERSON); a gazetteer
    name wins. A brand right before a model number ("Boxa X20") is also an organisation's mention."""
    known = [s for s in spans if s.ent_id_]
    products = [p for p in products if not any(k.start < p.end and p.start < k.end
                                               and not (p.start <= k.start and k.end < p.end) for k in known)]
    taken = {i for p in products for i in range(p.start, p.end)}
    out = [s for s in spans if not taken & set(range(s.start, s.end))] + products
    for p in products:
        if _has_digit(p[1]) and not _has_digit(p[0]):
            out.append(Span(p.doc, p.start, p.start + 1, label="ORG"))
    return out


def _units_of(spans: list[Span], lex: EntityLexicon) -> list[Span]:
    """"Research Center of Renmin University" is one actor, a unit of the other: the whole name
    replaces the unit's own span and the parent keeps its mention (relations go to the longer name)."""
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        doc = span.doc
        if prev is not None and prev.end + 1 == span.start and doc[prev.end].lower_ == "of" \
                and doc[prev.end - 1].lower_ in lex.unit_words and span.label_ == prev.label_ == "ORG":
            out[-1] = Span(doc, prev.start, span.end, label="ORG")
        out.append(span)
    return out


def _low(document: Document, start: int, end: int) -> bool | None:
    """None for page chrome lines (dropped), True inside a multi-line teaser block, else False."""
    for s, e in document.boilerplate:
        if s <= start and end <= e:
            return None if "\n" not in document.text[s:e].rstrip("\n") else True
    return False


def find_mentions(doc: Doc, document: Document, resolver: MentionResolver) -> list[Mention]:
    """Every entity mention outside page chrome, descriptions and pronouns included, in text order."""
    lex = entity_lexicon()
    terms = set(term_heads(document.text))
    for full, short in _defined_surnames(document.text, lex):
        person = resolver.resolve(full, Counter({"Person": 3}))
        if person:
            resolver.alias(short, person)
    for expansion, short in acronyms(document.text):
        if expansion.split()[-1].lower() in lex.law_words or short in terms:
            continue  # "Family and Medical Leave Act (FMLA)": a law; "a Licensed Dealer (LD)": a class
        full = resolver.resolve(expansion, Counter({"Organization": 1}))
        if full:
            resolver.alias(short, full)
    found: list[tuple[Token, Cluster]] = []
    previous: tuple[Span, Cluster] | None = None
    tickers: list[tuple[int, int]] = []
    for span in _named_spans(doc):
        low = _low(document, span.start_char, span.end_char)
        if low is None or _is_chrome(span.sent, lex):
            continue
        if previous is not None and _bracketed_after(previous[0], span):
            resolver.alias(span.text, previous[1])  # "Siwei Tuxin (Four Dimensions Group)": one actor
        end = _glued_date(span.text)  # "Press OfficeMarch 3": a date glued on by a lost line break
        if end == 0:
            continue
        if any(s <= span.start_char < e for s, e in tickers):
            continue  # "NYSE" and "ACM" of "Acme (NYSE: ACM)"
        model = span.label_ == "PRODUCT" and any(_has_digit(t) for t in span)  # "Boxa X20", not "Kestrel"
        cluster = resolver.resolve_product(span) if model else resolver.resolve(span.text[:end], _votes(span, lex))
        if cluster is None:
            continue
        listed = _ticker().match(document.text, span.end_char)
        if listed:
            tickers.append(listed.span())
            resolver.alias(listed.group(1) or listed.group(2), cluster)
        cluster.spans.append((span.start_char, span.start_char + end, span.sent.start_char, low))
        found.append((span.root, cluster))
        previous = (span, cluster)
    merged = resolver.merge_short_forms(document.text)
    merged.update(resolver.merge_acronyms(document.text))
    found = [(tok, merged.get(id(c), c)) for tok, c in found]
    found += _repeated_names(doc, document, resolver, lex)
    found += _references(doc, document, found, lex)
    mentions = [Mention(c.id, s, e, ss, low) for c in resolver.clusters.values() if c.type for s, e, ss, low in c.spans]
    return sorted(mentions, key=lambda m: (m.start, m.end))


def _repeated_names(
    doc: Doc, document: Document, resolver: MentionResolver, lex: EntityLexicon
) -> list[tuple[Token, Cluster]]:
    """The model tags a name in one sentence and misses it in the next ("Acme Foods sued ..." as no
    entity at all): every other whole-word use of a found multi-word name is a mention of it too."""
    typed = [c for c in resolver.clusters.values() if c.type and c.spans]
    covered = [(s, e) for c in typed for s, e, _, _ in c.spans]
    out = []
    surnames = Counter(c.name.split()[-1] for c in typed if c.type == "Person" and " " in c.name)
    for cluster in typed:
        last = cluster.name.split()[-1]
        own = {last} if cluster.type == "Person" and " " in cluster.name and surnames[last] == 1 else set()
        for surface in {cluster.name, *cluster.aliases} | own:
            # one word only as a proper noun: "Hale" of "Marcus Hale", the firm "Streamly"
            surname = cluster.type == "Person" and surface == last
            single = " " not in surface and (surface == cluster.name or surname or is_acronym(surface))
            if (" " not in surface and not single) or not surface[:1].isupper():
                continue
            for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", document.text):
                if any(s < m.end() and m.start() < e for s, e in covered):
                    continue
                span = doc.char_span(m.start(), m.end())
                low = _low(document, m.start(), m.end())
                if span is None or low is None or _is_chrome(span.sent, lex) or (single and span.root.pos_ != "PROPN"):
                    continue
                covered.append((m.start(), m.end()))
                cluster.spans.append((m.start(), m.end(), span.sent.start_char, low))
                out.append((span.root, cluster))
    return out


def _bracketed_after(name: Span, span: Span) -> bool:
    """"Name (Other Name)": a translation or former name in brackets right after an organisation's name."""
    doc = span.doc
    return name.label_ == span.label_ == "ORG" and span.start == name.end + 1 and doc[name.end].text == "(" \
        and span.end < len(doc) and doc[span.end].text == ")"


def _references(
    doc: Doc, document: Document, named: list[tuple[Token, Cluster]], lex: EntityLexicon
) -> list[tuple[Token, Cluster]]:
    """"the company", "the alliance", "the defendant", "he": the most recent fitting actor before."""
    out = []
    named = sorted(named, key=lambda x: x[0].i)
    named_tokens = {t.i for t, _ in named}
    for tok in doc:
        if tok.i in named_tokens:
            continue
        if tok.lower_ in lex.person_pronouns and tok.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj"):
            want, noun = "Person", None
        elif tok.tag_ == "NN" and tok.dep_ != "compound" and any(c.lower_ == "the" for c in tok.children):
            noun = tok.lemma_.lower()
            want = next((t for t, nouns in lex.descriptions.items() if noun in nouns), None)
            want = "Organization" if noun in lex.industry_descriptions else want
        else:
            continue
        if want is None:
            continue
        target = _antecedent(tok, named, want, noun, lex.industry_descriptions.get(noun or ""))
        if target is None and noun is None:
            target = _person_subject(tok, named, lex)
        if target is None or _low(document, tok.idx, tok.idx + len(tok)) is None:
            continue
        start = min(c.idx for c in tok.children if c.lower_ == "the") if noun else tok.idx
        target.spans.append((start, tok.idx + len(tok), tok.sent.start_char, False))
        if noun and document.text[start : tok.idx + len(tok)] not in target.aliases:
            target.aliases.append(document.text[start : tok.idx + len(tok)])
        out.append((tok, target))
    return out


def _person_subject(tok: Token, named: list[tuple[Token, Cluster]], lex: EntityLexicon) -> Cluster | None:
    """"Marcus Hale joined Wexford Capital. He was fired ...": with no person named before, "he" or "she" is
    the subject of the previous sentence when that is a plain two- or three-word name the model took for an
    organisation (no organisation word, no legal form), or one word the model alone called one ("Chang joined
    Xiaomi. He ..."); the pronoun makes it a person."""
    sent = tok.sent
    previous = tok.doc[sent.start - 1].sent if sent.start else None
    if previous is None:
        return None
    for t, cluster in reversed(named):
        words = cluster.name.split()
        weak = cluster.votes["Organization"] <= len(cluster.spans) and not cluster.known  # the model's tag alone
        if previous.start <= t.i < previous.end and t.dep_ in ("nsubj", "nsubjpass") \
                and (2 <= len(words) <= 3 or len(words) == 1 and weak) \
                and all(w.istitle() for w in words) and not is_legal_form(words[-1]) \
                and not {w.lower() for w in words} & (lex.org_words | lex.industry_words | lex.jurisdiction_words):
            cluster.votes["Person"] += 3
            return cluster
    return None


def _antecedent(
    tok: Token, named: list[tuple[Token, Cluster]], want: str, noun: str | None, trade: frozenset[str] | None = None
) -> Cluster | None:
    before = [(t, c) for t, c in named if t.i < tok.i and c.type == want]
    if noun:  # "the CNIL opened an investigation into the company": a clause's subject is not its own object
        bound = {c.id for t, c in before if (s := _list_head(t)).dep_ in ("nsubj", "nsubjpass") and (
            _same_clause(tok, s.head) or want == "Person" and _reported(tok, s.head))}
        before = [(t, c) for t, c in before if c.id not in bound]
    if trade is not None:  # "the drugmaker": only a name of that trade fits
        fitting = [(t, c) for t, c in before if c.name.lower().split(" of ")[0].split()[-1] in trade]  # "Bank of X"
        if not fitting:
            return None
        return _most_named(fitting)  # of the watchdogs named, the story's, not a ministry quoting it
    if noun:
        # the head noun of the name: "Globex Group", "Regional Court of Velden"
        same_head = [(t, c) for t, c in before if c.name.lower().split(" of ")[0].split()[-1].rstrip("s") == noun]
        if same_head:  # "the bank": of the banks named lately, the story's ("Central Bank of X" is named in passing)
            return _salient(same_head, tok)
    if want == "Person" and noun is None and tok.dep_ in ("nsubj", "nsubjpass"):
        subject = _previous_subject(tok, before)
        if subject is not None:  # "Okafor replaces Tom Baxter. She will join ...": a subject continues the subject
            return subject
    actors = [(t, c) for t, c in before if t.dep_ != "compound"] or before  # "a former Acme employee sued the company"
    if noun in COMMERCIAL_NOUNS:  # "with the help of the company" is not the bureau that investigated
        lex = entity_lexicon()
        actors = [(t, c) for t, c in actors
                  if c.name.lower().split(" of ")[0].split()[-1] not in lex.jurisdiction_words]
    if not actors and noun in COMMERCIAL_NOUNS and tok.dep_ == "poss":
        # "Jane Doe, the company's chief executive, said Acme would appeal": named only later in the sentence
        later = {id(c): c for t, c in named if tok.i < t.i < tok.sent.end and c.type == want}
        return next(iter(later.values())) if len(later) == 1 else None
    return _salient(actors, tok)


CLAUSE_BOUNDS = frozenset({"relcl", "ccomp", "advcl", "acl", "conj", "parataxis", "csubj"})


def _list_head(tok: Token) -> Token:
    """The first of the list a name is in ("A, B and C Group have joined the group": C Group is in the subject)."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok


def _same_clause(tok: Token, verb: Token) -> bool:
    """`tok` is an argument of `verb`'s own clause, not of a clause inside it ("... that has left the company")."""
    while tok != verb and tok.head != tok:
        if tok.dep_ in CLAUSE_BOUNDS:
            return False
        tok = tok.head
    return tok == verb


def _reported(tok: Token, verb: Token) -> bool:
    """`tok` is inside what a reporting verb ("said", "told", "announced") reports: a person speaking of
    "the officer" speaks of someone else (a firm's statement calls the firm "the company")."""
    return verb.lemma_.lower() in lexicon().reporting_verbs and any(
        c.dep_ == "ccomp" and tok in c.subtree for c in verb.children)


def _previous_subject(tok: Token, before: list[tuple[Token, Cluster]]) -> Cluster | None:
    """The actor named as the subject of the sentence before `tok`'s."""
    if tok.sent.start == 0:
        return None
    previous = tok.doc[tok.sent.start - 1].sent
    return next((c for t, c in before if previous.start <= t.i < previous.end  # the first, if the parser saw two
                 and t.dep_ in ("nsubj", "nsubjpass") and t.head.i == previous.root.i), None)


def _salient(actors: list[tuple[Token, Cluster]], tok: Token) -> Cluster | None:
    """Of the actors named in this and the two sentences before, the one the document has named most so far
    (the story's subject, not a rival named in passing); the most recent on a tie or when none is that close."""
    if not actors:
        return None
    sent = tok.sent
    for _ in range(2):
        if sent.start == 0:
            break
        sent = tok.doc[sent.start - 1].sent
    near = [(t, c) for t, c in actors if t.i >= sent.start]
    return _most_named(near, actors) if near else actors[-1][1]


def _most_named(candidates: list[tuple[Token, Cluster]], counted: list[tuple[Token, Cluster]] | None = None
                ) -> Cluster:
    """Of the candidates, the one named most often in `counted` (the candidates themselves by default); the most
    recent on a tie."""
    counts = Counter(id(c) for _, c in (counted or candidates))
    return max(reversed([c for _, c in candidates]), key=lambda c: counts[id(c)])
