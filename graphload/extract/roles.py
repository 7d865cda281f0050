"""WORKS_FOR from the ways news ties a person to an employer through a role noun, read off the parse
rather than the words between two names: a title before the name ("Acme CEO Jane Doe", "Assistant
Attorney General Jane Doe of the Justice Department"), an apposition either way ("Jane Doe, Acme's
general counsel", "its chief technology officer, Jane Doe"), and a copula ("Jane Doe is Acme's top
lawyer", "Jane Doe was the director of Acme")."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

from spacy.tokens import Span, Token

from ..model import Entity

EMPLOYER_PREPS = frozenset({"of", "at", "for", "with", "in", "from"})  # "a reporter from Acme"
TITLE_DEPS = frozenset({"compound", "amod", "nmod", "appos"})
WORK_VERBS = frozenset({"work", "lead", "head", "run", "manage", "serve"})  # "who led the design team at Acme"
HIRE_VERBS = frozenset({"hire", "employ", "recruit", "poach"})  # "was hired as an engineer by Acme"
APPOINT_VERBS = frozenset({"appoint", "name", "promote", "elect", "hire", "select"})  # "has been appointed CFO"
SEAT_VERBS = frozenset({"serve", "sit", "be"})  # "has served on Acme's board", "sits on the board of Acme"


class Mentions(Protocol):
    """What the role layer needs of a sentence's mentions (rules.SentenceMentions)."""

    by_token: dict[int, str]

    def pronoun_actor(self, token: Token) -> list[str]: ...

    def known(self, noun: Token) -> str | None: ...

    def country(self, title: Token) -> str | None: ...


@dataclass(frozen=True)
class RoleWords:
    """The word lists of relations.yml this layer reads."""

    roles: frozenset[str]  # nouns of posts: "director", "spokeswoman"
    employer_nouns: frozenset[str] = frozenset()  # "Acme Relief, Mr. Doe's employer"
    government: frozenset[str] = frozenset()  # posts held for a country: "Foreign Minister"
    title_bodies: dict[str, str] = field(default_factory=dict)  # "commissioner" -> the one "... Commission"
    corporate: frozenset[str] = frozenset()  # heads of a firm's own posts: "chief executive", "spokeswoman"
    reporting: frozenset[str] = frozenset()  # "X announced that ...": X speaks of its own appointments


def role_relations(
    sent: Span, ments: Mentions, entities: dict[str, Entity], words: RoleWords
) -> Iterator[tuple[str, str, str]]:
    """(person, employer, role) for every person in the sentence tied to an organisation by a role; employer ""
    for a firm's post with no firm named ("CEO Jane Doe said")."""
    roles, employer_nouns, government = words.roles, words.employer_nouns, words.government
    titled: dict[int, list[str]] = {}  # root token of a person with an own title -> its employers
    for tok in sent:
        person = ments.by_token.get(tok.i)
        if person is None or entities[person].type != "Person" or ments.by_token.get(tok.head.i) == person:
            continue  # only the root token of a person's mention
        if tok.dep_ == "poss" and tok.head.lemma_.lower() in employer_nouns:
            org = _apposed_to(tok.head, ments)  # "Acme Relief, Mr. Doe's employer"
            if org and entities[org].type == "Organization":
                yield person, org, ""
        for org in _of_employer(tok, ments, person, entities):  # "Raj Patel of the Enforcement Division said"
            yield person, org, ""
        for child in tok.children:  # "Acme's Jane Doe said": a name's possessor is where the person works
            org = ments.by_token.get(child.i) if child.dep_ == "poss" else None
            if org and org != person and entities[org].type == "Organization":
                yield person, org, ""
        for org in _works_at(tok, ments, person, entities):  # "Jane Doe, who worked at Acme for a decade"
            yield person, org, ""
        for noun, own in _role_nouns(tok, ments, person):
            if not _is_role(noun, roles):
                if noun.pos_ == "NOUN" and not own:  # "Jane Doe, a former trader at Acme": any post held at a place
                    places = [e for c in noun.children if c.dep_ == "prep" and c.lower_ == "at"
                              for t in c.subtree if (e := ments.by_token.get(t.i)) and e != person
                              and entities[e].type == "Organization"]
                    for org in dict.fromkeys(places):
                        yield person, org, _role_text(noun, ments)
                continue
            country = ments.country(noun) if own and noun.lemma_.lower() in government else None
            if country:  # "Pakistani Foreign Minister X", "U.S. Defense Secretary X"
                yield person, country, _role_text(noun, ments)
            employers = _employers(noun, ments, person, entities, EMPLOYER_PREPS)
            if not employers and noun.dep_ == "conj" and noun.head.pos_ == "NOUN":  # "X's founder and chief executive"
                employers = _employers(noun.head, ments, person, entities, EMPLOYER_PREPS)
            if own:  # "Attorney General Jane Doe of the Justice Department" (not "met with President Doe in X")
                employers += _employers(tok, ments, person, entities, frozenset({"of", "at"}))
                employers = employers or _named_before(noun, ments, person, entities)
            employers = employers or _body_of_title(noun, own, entities, words.title_bodies)
            employers = employers or _announced_appointment(tok, ments, entities, words.reporting)
            if own and not employers and tok.dep_ == "conj":  # "Acme CEO Jane Doe and CFO John Roe"
                employers = titled.get(tok.head.i, [])
            if own or employers:  # "Acme's chief executive Jane Doe and President John Roe": his post is there too
                titled[tok.i] = titled.get(tok.i) or employers
            for org in dict.fromkeys(employers):
                yield person, org, _role_text(noun, ments)
            if not employers and (own or noun.dep_ == "appos") and noun.lemma_.lower() in words.corporate:
                yield person, "", _role_text(noun, ments)  # "chief executive Jane Doe said": the text's firm


def _announced_appointment(person: Token, ments: Mentions, entities: dict[str, Entity], reporting: frozenset[str]
                           ) -> list[str]:
    """"Acme announced that Jane Doe has been appointed chief financial officer", "Acme (its board) named Jane
    Doe as chief executive": the post is at Acme."""
    slot = person.head if person.dep_ == "appos" else person  # "named current chairman, Jane Doe, as CEO"
    verb = slot.head
    if verb.lemma_.lower() not in APPOINT_VERBS:
        return []
    if slot.dep_ == "dobj":
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        boards = [c for c in subjects if c.lemma_.lower() == "board"]  # "its board", "the board of Acme"
        found = [e for c in subjects for e in ments.at(c)]
        found += [e for b in boards for o in b.children if o.dep_ == "poss"
                  for e in ments.at(o) or ments.pronoun_actor(o)]
        found += [e for b in boards for o in b.children if o.dep_ == "prep" and o.lower_ == "of" for g in o.children
                  if g.dep_ == "pobj" for e in ments.at(g)]
    elif person.dep_ == "nsubjpass" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in reporting:
        found = [e for c in verb.head.children if c.dep_ == "nsubj" for e in ments.at(c)]
    else:
        return []
    return [e for e in found if entities[e].type == "Organization"]


def _named_before(title: Token, ments: Mentions, pid: str, entities: dict[str, Entity]) -> list[str]:
    """"... and Orbit Phones CEO Tom Baxter": the organisation named right before a person's own title, whatever
    the parser made of the list around it."""
    first = min([title.i, *(t.i for t in title.subtree if t.i < title.i)])
    eid = ments.by_token.get(first - 1) if first > 0 else None
    return [eid] if eid and eid != pid and entities[eid].type == "Organization" else []


def _body_of_title(noun: Token, own: bool, entities: dict[str, Entity], bodies: dict[str, str]) -> list[str]:
    """"Commissioner Jane Doe" with no employer named beside her: the one commission the document names
    ("European Commission"), as a minister's is its one ministry."""
    body = bodies.get(noun.lemma_.lower()) if own else None
    found = [e.id for e in entities.values() if body and e.type == "Organization" and body in e.name.lower().split()]
    return found if len(found) == 1 else []


def _role_nouns(person: Token, ments: Mentions, pid: str) -> Iterator[tuple[Token, bool]]:
    """Nouns naming the person's post, and whether they are the person's own title (so that the
    employer may hang on the name itself: "Attorney General Jane Doe of the Justice Department")."""
    name = [t for t in person.subtree if ments.by_token.get(t.i) == pid]  # "group Chairman N Chandrasekaran": the
    for child in (c for t in name for c in t.children):  # parser may hang the title on the initial, not the surname
        if child.dep_ in TITLE_DEPS and ments.by_token.get(child.i) != pid:
            # the whole title: "Assistant Attorney General X", "President and CEO X"
            title = [t for t in child.subtree if t == child or t.dep_ in TITLE_DEPS | {"conj"}]
            yield from ((t, child.i < person.i) for t in title if t.pos_ in ("NOUN", "PROPN"))
    if person.dep_ == "conj" and ments.by_token.get(person.head.i):  # "Acme engineers Mia Berg and Jonas Keller"
        for child in person.head.children:
            if child.dep_ in TITLE_DEPS and child.i < person.head.i and child.tag_ == "NNS":
                yield child, True
    own_title = any(c.dep_ in TITLE_DEPS and c.i < person.i and ments.by_token.get(c.i) != pid for c in person.children)
    if person.dep_ == "appos" and not own_title:  # "its chief technology officer, Jane Doe" (not "A CEO X, B CEO Y")
        yield person.head, False
        host = person.head  # "the chief executive of Acme, Jane Doe": the parser hung the name on the employer
        if host.i in ments.by_token and host.dep_ == "pobj" and host.head.lower_ in ("of", "at") \
                and host.head.head.pos_ == "NOUN":
            yield host.head.head, False
    slot = person.head if person.dep_ == "appos" else person  # "Acme's former CFO, Jane Doe, was named CEO of X"
    if slot.dep_ in ("nsubj", "nsubjpass"):  # "Jane Doe is Acme's top lawyer", "was named CEO of Acme"
        yield from ((c, False) for c in slot.head.children if c.dep_ in ("attr", "oprd"))
    if person.dep_ == "dobj":  # "the board named Jane Doe chairman"
        yield from ((c, False) for c in person.head.children if c.dep_ == "oprd")
    verbs = [c for c in person.children if c.dep_ == "relcl"]  # "Jane Doe, who was the CEO of Acme"
    verbs += [person.head] if person.dep_ in ("nsubj", "nsubjpass", "dobj") else []
    verbs += [v for v in person.head.children if v.dep_ in ("advcl", "acl") and v.tag_ == "VBN"
              and v.left_edge.i == person.i + 2 and person.nbor(1).text == ","]  # "Jane Doe, sacked as coach of X"
    for verb in verbs:
        if verb.dep_ == "relcl" and verb.lemma_ == "be":
            yield from ((c, False) for c in verb.children if c.dep_ == "attr")
        # "was ousted as chief executive of Acme", "served as", "ousted from his position as CEO of Acme"
        preps = [c for c in verb.children if c.dep_ == "prep"]
        preps += [g for c in preps for o in c.children if o.dep_ == "pobj" for g in o.children if g.dep_ == "prep"]
        yield from ((g, False) for c in preps if c.lower_ == "as" for g in c.children if g.dep_ == "pobj")
    first = person
    while first.dep_ == "conj" and first.head != first:
        first = first.head  # "... are A, B and C"
    if first.dep_ in ("attr", "nsubj") and first.head.lemma_ == "be":  # "Acme staff on the case are A and B"
        for c in first.head.children:
            if c.dep_ in ("nsubj", "attr") and c != first:
                yield c, False
                yield from ((m, False) for m in c.children if m.dep_ == "compound")  # "staff members"


def _apposed_to(noun: Token, ments: Mentions) -> str | None:
    """The actor a descriptive noun phrase stands beside: its head when the parser saw the apposition, else
    the name right before the comma that opens the phrase."""
    if noun.dep_ == "appos":
        return ments.by_token.get(noun.head.i)
    start = noun.left_edge.i
    doc = noun.doc
    if start >= 2 and doc[start - 1].text == ",":
        return ments.by_token.get(doc[start - 2].i)
    return None


def _of_employer(person: Token, ments: Mentions, pid: str, entities: dict[str, Entity]) -> list[str]:
    """Press releases name people by where they work: "Jane Doe of Acme", "Jane Doe at the Bureau"."""
    found = []
    people = [person, *(c for c in person.conjuncts if c.i > person.i)]  # "A and B of Acme": the last one holds it
    for child in (c for p in people for c in p.children):
        if child.dep_ == "prep" and child.lower_ in ("of", "at", "with"):  # "I'm Jane Doe with Acme News"
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            eid = ments.by_token.get(pobj.i) if pobj is not None else None
            owner = next((e for c in pobj.children if c.dep_ == "poss" and (e := ments.by_token.get(c.i))
                          and entities[e].type == "Organization"), None) if pobj is not None else None
            eid = owner or eid  # "of the Commission's Enforcement Division": the Commission employs them
            if eid and eid != pid and entities[eid].type == "Organization":
                found.append(eid)
    return found


def _works_at(person: Token, ments: Mentions, pid: str, entities: dict[str, Entity]) -> list[str]:
    """The organisation a person works at or for, said with the verb: "Jane Doe, who has worked at Acme",
    "Jane Doe worked for Acme", "who led the design team at Acme", "was hired by Acme", "has been with Acme
    since 2017", "sits on the board of Acme"."""
    verbs = [c for c in person.children if c.dep_ == "relcl"]
    verbs += [person.head] if person.dep_ in ("nsubj", "nsubjpass") else []
    verbs += [c for v in verbs[-1:] if person.dep_ == "nsubj" for c in v.children  # "is X and has been with Y"
              if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not any(g.dep_ in ("nsubj", "nsubjpass")
                                                                           for g in c.children)]
    found = []
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        places = [verb, *(c for c in verb.children if c.dep_ == "dobj"),  # "led the design team at Acme"
                  *(o for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
                    if o.dep_ == "pobj")] if lemma in WORK_VERBS | HIRE_VERBS else []  # "worked in roles for"
        preps = [c for p in places for c in p.children  # the parser hangs "for" as a dative after "has worked"
                 if c.dep_ in ("prep", "dative") and c.lower_ in ("at", "for")]
        if lemma in HIRE_VERBS and person.dep_ == "nsubjpass":  # "was hired by Acme", "employed at Acme"
            posts = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children]
            preps += [c for h in (verb, *posts) for c in h.children  # "hired as an engineer by Acme"
                      if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"]
        if lemma == "be" and any(c.lemma_ == "have" for c in verb.children if c.dep_ == "aux"):
            preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]  # "has been with Acme since"
        if lemma in SEAT_VERBS:  # "has served on Acme's board", "sits on the board of Acme"
            preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
                      and any(o.dep_ == "pobj" and o.lemma_.lower() == "board" and o.i not in ments.by_token
                              for o in c.children)]
        for prep in preps:
            found += [e for t in prep.subtree if (e := ments.by_token.get(t.i)) and e != pid
                      and entities[e].type == "Organization"]
    return list(dict.fromkeys(found))


def _joined(post: Token, ments: Mentions, entities: dict[str, Entity]) -> list[str]:
    """"joined Acme in 2003 as its CEO": "its" is the organisation the clause's verb names as object."""
    prep = post.head
    if post.dep_ != "pobj" or prep.lower_ != "as":
        return []
    return [e for c in prep.head.children if c.dep_ == "dobj" for e in ments.at(c)
            if entities[e].type == "Organization"]


def _is_role(noun: Token, roles: frozenset[str]) -> bool:
    """A post, or a noun a post word modifies ("staff members", "enforcement officials")."""
    return any(t.lower_ in roles or t.lemma_.lower() in roles or t.lemma_.lower().removeprefix("co-") in roles
               for t in (noun, *(c for c in noun.children if c.dep_ == "compound")))  # "co-chair", "co-workers"


def _employers(
    place: Token, ments: Mentions, pid: str, entities: dict[str, Entity], preps: frozenset[str]
) -> list[str]:
    """Organisations named inside the role's own phrase: possessors ("Acme's", "its"), modifiers
    ("Acme CEO"), and "of / at / for" phrases, but not inside clauses or other appositions."""
    found: list[str] = []
    for child in place.children:
        if child.dep_ in ("poss", "compound", "nmod", "amod") or (
            child.dep_ == "prep" and child.lower_ in preps
        ):
            for t in child.subtree:
                eid = ments.by_token.get(t.i) or (ments.known(t) if t == child or t.pos_ == "PROPN" else None)
                # "Orion founder X", "a former Western local truck driver": a short name of an actor named before
                if eid and eid != pid and entities[eid].type == "Organization":
                    found.append(eid)
            if child.dep_ == "poss" and not found:
                found += _joined(place, ments, entities) or [
                    e for e in ments.pronoun_actor(child) if entities[e].type == "Organization"]
    return found


def _role_text(noun: Token, ments: Mentions) -> str:
    """The title as written, without names or articles: "chief financial officer", "Assistant
    Attorney General"."""
    top = noun
    while top.dep_ in ("compound", "amod", "nmod", "conj") and top.head.i not in ments.by_token:
        top = top.head
    title_deps = ("compound", "amod", "nmod", "conj", "cc")
    joined = {t.i for c in top.children if c.dep_ in ("conj", "cc") for t in c.subtree}  # "founder and CEO"
    words = [t for t in top.subtree if t == top or (t.i not in ments.by_token and t.dep_ in title_deps
                                                    and (t.i < top.i or t.i in joined))]
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))
