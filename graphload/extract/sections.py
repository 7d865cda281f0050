"""Long documents (judgments, annual reports, transcripts) read section by section.

spaCy refuses a text over nlp.max_length (E088), and one Doc of a whole book would hold every token's
parse at once, while the rules' cost grows with mentions times sentences. So a long text is cut at
paragraph breaks into sections under a character budget, each is parsed and read on its own, and
SectionReader folds them back into one document: one MentionResolver sees every section (an actor named
in section 1 is the same entity in section 7) and every offset is moved into the whole document's text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.tokens import Doc

from ..model import Document, Entity, Relation
from ..resolve import Gazetteer
from .mentions import Cluster, Mention, MentionResolver, find_mentions
from .pipeline import doc_text

WHOLE_CHARS = 50_000  # read as one Doc up to here, as always (a long news article is ~20k characters)
# Longer texts in sections of at most this: spaCy's parser needs several kB per token of a batch and parts
# of the pipeline and rules grow with the square of a Doc's length. Measured with en_core_web_sm on generated
# text: 200k characters in 10k sections two at a time 14 s and +67 MB, in 50k sections one at a time 25 s
# and +175 MB; 600k characters parsed as one Doc (no rules) 438 s and +1.7 GB.
SECTION_CHARS = 10_000
SECTION_BATCH = 2  # sections parsed together
# Where to cut, best first: after a blank line, a line end, a sentence end, any space.
BREAKS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?]\s+"), re.compile(r"\s+"))

Span = tuple[int, int, int, bool]  # a cluster's mention: start, end, sentence start, low confidence
Rules = Callable[[Doc, list[Mention], dict[str, Entity]], list[Relation]]
Mentions = Callable[[Doc, Document, MentionResolver], list[Mention]]


def section_spans(text: str, budget: int = SECTION_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive pieces of `text`, each at most `budget` characters, cut at the best
    break in the second half of the budget (mid-word only in a run of text without any space)."""
    start = 0
    while len(text) - start > budget:
        end = start + budget
        for brk in BREAKS:
            cuts = [m.end() for m in brk.finditer(text, start + budget // 2, end)]
            if cuts:
                end = cuts[-1]
                break
        yield start, end
        start = end
    yield start, len(text)


def _section(document: Document, start: int, end: int) -> Document:
    """The section as a document of its own: its text, and the page chrome within it in its offsets."""
    if start == 0 and end == len(document.text):
        return document
    chrome = [(max(s, start) - start, min(e, end) - start) for s, e in document.boilerplate if s < end and start < e]
    return Document(document.path, document.title, document.text[start:end], document.id, chrome)


def _first_word(cluster: Cluster) -> str:
    return next(iter(cluster.name.lower().split()), "")


class _Resolver(MentionResolver):
    """Keeps every (short form, full name) pair merge_short_forms joined, so that what earlier sections
    said of the short form follows it."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        super().__init__(gazetteer)
        self.merges: list[tuple[Cluster, Cluster]] = []

    def merge_short_forms(self, text: str = "") -> dict[int, Cluster]:
        """Compares only the names that share a first word with a name of this section (a short form and
        its full name always do): all of a long document's names, compared in every section, would cost
        their number squared per section. Names of earlier sections alone were compared back then."""
        everything = self.clusters
        firsts = {_first_word(c) for c in everything.values() if c.spans}
        self.clusters = {key: c for key, c in everything.items() if _first_word(c) in firsts}
        compared = list(self.clusters.items())
        merged = super().merge_short_forms(text)
        gone = {key for key, _ in compared if key not in self.clusters}
        self.clusters = {key: c for key, c in everything.items() if key not in gone}
        self.merges += [(c, merged[id(c)]) for _, c in compared if id(c) in merged]
        return merged

    def live(self, cluster: Cluster) -> Cluster:
        """The cluster that now holds `cluster`'s mentions."""
        into = {id(short): full for short, full in self.merges}
        while id(cluster) in into:
            cluster = into[id(cluster)]
        return cluster


class SectionReader:
    """One document's entities and relations, gathered section by section in the document's offsets.
    While a section is read the resolver's clusters hold only its mentions, in its own offsets (the
    rules look at one section, and their cost stays that of one section); earlier mentions wait in
    `earlier` and come back in finish()."""

    def __init__(self, gazetteer: Gazetteer, document: Document, rules: Rules, mentions: Mentions = find_mentions
                 ) -> None:
        self.document, self.rules, self.find_mentions = document, rules, mentions
        self.resolver = _Resolver(gazetteer)
        self.earlier: dict[int, tuple[Cluster, list[Span]]] = {}  # id(cluster) -> its mentions so far
        self.named: dict[str, Cluster] = {}  # entity id as a relation used it -> the cluster it stood for
        self.made: dict[str, Entity] = {}  # what the rules added: "<org> employee" actors and their mentions
        self.relations: list[Relation] = []
        self.merges_seen = 0

    def add(self, start: int, parsed: Doc) -> None:
        """Read the section that begins at `start` in the document's text."""
        section = _section(self.document, start, start + len(doc_text(parsed)))
        mentions = self.find_mentions(parsed, section, self.resolver)
        entities = self.resolver.entities()
        for cluster in self.resolver.clusters.values():
            if cluster.type and cluster.spans:
                self.named.setdefault(cluster.id, cluster)
        before = {eid: (len(e.aliases), len(e.mentions)) for eid, e in entities.items()}
        relations = self.rules(parsed, mentions, entities)
        for ev in {id(ev): ev for r in relations for ev in r.evidence}.values():  # one sentence's relations share it
            ev.start, ev.end = ev.start + start, ev.end + start
        self.relations += relations
        for eid, entity in entities.items():
            aliases, mentioned = before.get(eid, (0, 0))
            if eid in before and (aliases, mentioned) == (len(entity.aliases), len(entity.mentions)):
                continue
            made = self.made.setdefault(eid, Entity(eid, entity.name, entity.type))
            made.aliases += [a for a in entity.aliases[aliases:] if a not in made.aliases]
            made.mentions += [(s + start, e + start) for s, e in entity.mentions[mentioned:]]
        self._set_aside(start)

    def _set_aside(self, start: int) -> None:
        for short, _ in self.resolver.merges[self.merges_seen :]:
            if id(short) in self.earlier:
                full = self.resolver.live(short)
                self.earlier.setdefault(id(full), (full, []))[1].extend(self.earlier.pop(id(short))[1])
        self.merges_seen = len(self.resolver.merges)
        for cluster in self.resolver.clusters.values():
            if cluster.spans:
                spans = self.earlier.setdefault(id(cluster), (cluster, []))[1]
                spans += [(s + start, e + start, sent + start, low) for s, e, sent, low in cluster.spans]
                cluster.spans = []

    def finish(self) -> tuple[dict[str, Entity], list[Relation]]:
        """Entities with all their mentions, and the relations with ids as the whole document types them
        (a name voted a Person in section 1 may be an Organization by the last section)."""
        for cluster, spans in self.earlier.values():
            cluster.spans = spans
        entities = self.resolver.entities()
        moved = {eid: self.resolver.live(cluster).id for eid, cluster in self.named.items()}
        for r in self.relations:
            r.head, r.tail = moved.get(r.head, r.head), moved.get(r.tail, r.tail)
        for eid, made in self.made.items():
            entity = entities.setdefault(eid, Entity(eid, made.name, made.type))
            entity.aliases += [a for a in made.aliases if a not in entity.aliases]
            entity.mentions += made.mentions
        return entities, self.relations
