"""Relation rules over the dependency parse (with a word-order fallback when there is no parser)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from spacy.tokens import Doc, Span, Token

from ..model import Entity, Evidence, Relation
from .mentions import Mention
from .money import money_properties

LEXICON_PATH = Path(__file__).with_name("relations.yml")
OBJECT_DEPS = {"dobj", "dative", "attr", "oprd", "obj"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
TAIL_PREPS = {"to", "with", "against", "from", "on", "in", "into", "of", "for"}


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, str]
    nouns: dict[str, str]
    roles: frozenset[str]
    hedges: frozenset[str]


@cache
def lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Lexicon(
        verbs=data["verbs"], nouns=data["nouns"],
        roles=frozenset(data["roles"]), hedges=frozenset(data["hedges"]),
    )


class SentenceMentions:
    """Which entity each token of a sentence belongs to."""

    def __init__(self, sent: Span, mentions: list[Mention]) -> None:
        self.sent = sent
        self.by_token: dict[int, str] = {}
        for m in mentions:
            for tok in sent:
                if m.start <= tok.idx < m.end:
                    self.by_token[tok.i] = m.entity_id

    def in_subtree(self, token: Token) -> list[str]:
        """Entities in a token's subtree, in order; conjuncts ("A, B and C") all count."""
        seen: list[str] = []
        for t in token.subtree:
            eid = self.by_token.get(t.i)
            if eid and eid not in seen:
                seen.append(eid)
        return seen


def _hedged(trigger: Token, lex: Lexicon) -> bool:
    """Negated, conditional or questioned statements produce no edge."""
    chain = [trigger, *trigger.ancestors]
    for tok in chain:
        for child in tok.children:
            if child.dep_ == "neg" or (child.dep_ in ("mark", "aux") and child.lower_ in lex.hedges):
                return True
    return trigger.sent.text.rstrip().endswith("?")


def _arguments(trigger: Token, ments: SentenceMentions) -> tuple[list[str], list[str], list[str]]:
    """(subjects, objects, agents) of a verb, inheriting the subject of the verb it hangs off."""
    subj: list[str] = []
    obj: list[str] = []
    agent: list[str] = []
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children) or trigger.dep_ == "acl" and trigger.tag_ == "VBN"
    for child in trigger.children:
        if child.dep_ in SUBJECT_DEPS:
            subj += ments.in_subtree(child)
        elif child.dep_ in OBJECT_DEPS:
            obj += ments.in_subtree(child)
        elif child.dep_ == "agent":
            agent += ments.in_subtree(child)
        elif child.dep_ == "prep" and child.lower_ in TAIL_PREPS:
            obj += ments.in_subtree(child)
    governor = trigger.head
    if not subj and trigger.dep_ in ("conj", "xcomp", "advcl", "acl", "relcl") and governor is not trigger:
        if trigger.dep_ in ("acl", "relcl"):  # "the supplier who had leaked ..."
            subj += [ments.by_token[governor.i]] if governor.i in ments.by_token else []
        else:  # "initiated by A and B, the alliance was established"; "X apologised and fired Y"
            for c in governor.children:
                if c.dep_ in SUBJECT_DEPS:
                    subj += ments.in_subtree(c)
    if passive:
        return agent, subj, []
    return subj, obj, agent


def _noun_arguments(trigger: Token, ments: SentenceMentions) -> tuple[list[str], list[str]]:
    """"acquisition of X by Y", "Y's fine on X", "a lawsuit brought by Y against X"."""
    head: list[str] = []
    tail: list[str] = []
    for child in trigger.children:
        if child.dep_ == "poss":
            head += ments.in_subtree(child)
        elif child.dep_ == "prep" and child.lower_ == "by":
            head += ments.in_subtree(child)
        elif child.dep_ == "prep" and child.lower_ in ("of", "against", "on", "to", "in"):
            tail += ments.in_subtree(child)
        elif child.dep_ in ("acl", "relcl"):
            for grand in child.children:
                if grand.dep_ == "agent" or (grand.dep_ == "prep" and grand.lower_ == "by"):
                    head += ments.in_subtree(grand)
                elif grand.dep_ == "prep" and grand.lower_ in ("against", "on", "to"):
                    tail += ments.in_subtree(grand)
    if not head and trigger.dep_ in OBJECT_DEPS:
        # "ZAKER issued an apology": the verb's subject owns the noun
        head += [e for c in trigger.head.children if c.dep_ in SUBJECT_DEPS for e in ments.in_subtree(c)]
    return head, tail


def _pairs(heads: Iterable[str], tails: Iterable[str]) -> Iterable[tuple[str, str]]:
    tails = list(tails)
    for h in heads:
        for t in tails:
            if h != t:
                yield h, t


def dependency_relations(doc: Doc, mentions: list[Mention], entities: dict[str, Entity]) -> list[Relation]:
    lex = lexicon()
    out: list[Relation] = []
    for sent in doc.sents:
        ments = SentenceMentions(sent, [m for m in mentions if sent.start_char <= m.start < sent.end_char])
        if len(set(ments.by_token.values())) < 2:
            continue
        evidence = Evidence(sent.text.strip(), sent.start_char, sent.end_char)
        for tok in sent:
            rel_type = None
            if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
                rel_type = lex.verbs.get(tok.lemma_.lower())
                if rel_type:
                    heads, tails, _ = _arguments(tok, ments)
            if rel_type is None and tok.pos_ in ("NOUN", "PROPN"):
                rel_type = lex.nouns.get(tok.lemma_.lower())
                if rel_type:
                    heads, tails = _noun_arguments(tok, ments)
            if rel_type is None or _hedged(tok, lex):
                continue
            props = money_properties(sent.text) if rel_type == "PENALIZED" else {}
            for h, t in _pairs(heads, tails):
                out.append(Relation(h, rel_type, t, dict(props), [evidence], 0.8))
        out += appositive_relations(sent.text, sent.start_char, ments_in_order(mentions, sent), entities, lex, evidence)
    return out


def ments_in_order(mentions: list[Mention], sent: Span) -> list[Mention]:
    return [m for m in mentions if sent.start_char <= m.start < sent.end_char]


ROLE_AFTER = re.compile(r"^\s*(?:[,(]\s*)?(?:the\s+|a\s+|former\s+|then\s+)*(?P<role>[A-Za-z .’'-]{2,50}?)\s*(?:of|at|for|,)\s+(?:the\s+)?$", re.I)
ROLE_BEFORE = re.compile(r"^\s*(?:['’]s\s+)?(?P<role>[A-Za-z .-]{2,40}?)\s*,?\s*$", re.I)


def appositive_relations(
    text: str, offset: int, mentions: list[Mention], entities: dict[str, Entity], lex: Lexicon, evidence: Evidence
) -> list[Relation]:
    """WORKS_FOR from "Lei Jun, the CEO of Xiaomi", "Xiaomi CEO Lei Jun", "Elie Girard, CEO ATOS"."""
    out = []
    for a, b in zip(mentions, mentions[1:]):
        between = text[a.end - offset : b.start - offset]
        ea, eb = entities[a.entity_id], entities[b.entity_id]
        if ea.type == "Person" and eb.type == "Organization":
            m = ROLE_AFTER.match(between) or ROLE_BEFORE.match(between.strip(" ,") and " " + between.strip(" ,") or "")
        elif ea.type == "Organization" and eb.type == "Person":
            m = ROLE_BEFORE.match(between)
            ea, eb = eb, ea
        else:
            continue
        if not m:
            continue
        role = " ".join(m.group("role").split()).strip(" ,")
        if any(word in role.lower().split() or word == role.lower() for word in lex.roles):
            out.append(Relation(ea.id, "WORKS_FOR", eb.id, {"role": role}, [evidence], 0.7))
    return out


def cooccurrence_relations(doc: Doc, mentions: list[Mention], entities: dict[str, Entity]) -> list[Relation]:
    """Without a parser: "A <trigger> B" in one sentence, "B was <trigger>ed by A" reversed."""
    lex = lexicon()
    out: list[Relation] = []
    stems = {k.split()[0][:5]: v for k, v in lex.verbs.items()}
    for sent in doc.sents:
        sm = ments_in_order(mentions, sent)
        evidence = Evidence(sent.text.strip(), sent.start_char, sent.end_char)
        words = {t.lower_ for t in sent}
        if words & lex.hedges or sent.text.rstrip().endswith("?") or words & {"not", "never", "no"}:
            continue
        for a, b in zip(sm, sm[1:]):
            if a.entity_id == b.entity_id:
                continue
            between = doc.text[a.end : b.start].lower()
            for word in re.findall(r"[a-z]+", between):
                rel_type = stems.get(word[:5])
                if rel_type:
                    passive = re.search(rf"\b(was|were|been|is|are|be)\s+{word}\s+by\b", between)
                    h, t = (b, a) if passive else (a, b)
                    props = money_properties(sent.text) if rel_type == "PENALIZED" else {}
                    out.append(Relation(h.entity_id, rel_type, t.entity_id, props, [evidence], 0.5))
                    break
        out += appositive_relations(sent.text, sent.start_char, sm, entities, lex, evidence)
    return out
