"""Relation rules over the dependency parse (with a word-order fallback when there is no parser)."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Span, Token

from ..model import Entity, Evidence, Relation, entity_id
from ..names import strip_legal_form
from ..resolve import match_key
from .credits import credit_spans, wire_service
from .mentions import Mention, entity_lexicon, relation_words, term_heads
from .money import find_money, is_currency, money_properties
from .pipeline import doc_text, title_case
from .relation_lexicon import Lexicon, lemma_forms, lexicon
from .roles import RoleWords, role_relations

OBJECT_DEPS = {"dobj", "dative", "attr", "oprd", "obj"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
TAIL_PREPS = {"to", "with", "against", "from", "on", "in", "into", "of", "for"}
# "the acquisition of X", "an apology regarding the X leak", "an investigation into X", "a partnership with X"
RELATIVE_PRONOUNS = {"which", "that", "whom", "who"}
DASHES = frozenset({"--", "–", "—"})
LIST_MARKS = DASHES | {":"}  # what opens a list a plural noun announces
FIRST_PERSON = {"we", "us", "our", "i", "me", "my"}  # in a quote: whoever says it
NOUN_TAIL_PREPS = {"of", "against", "on", "to", "in", "into", "for", "over", "regarding", "about", "concerning", "with"}


CLAUSE_DEPS = {"pcomp", "relcl", "acl", "advcl", "ccomp", "xcomp"}
OWNERSHIP_VERBS = {"belong", "own"}
NAMING_VERBS = {"call", "name", "dub", "know", "brand"}  # "an alliance called X": the clause says what the noun is
OVERSIGHT = {"REGULATES", "INVESTIGATED", "SUED"}  # relations of an authority acting on someone else's deal
PUNISHMENTS = {"PENALIZED", "DISMISSED", "SUED"}  # "punished X for the leak": X did it


def _argument_tokens(token: Token) -> Iterable[Token]:
    """A token's subtree without embedded clauses ("for breaching EU rules"), descriptive
    appositions ("Morpho, the business of Safran"), asides in brackets ("(Business Wire) X"), the employer
    of unnamed staff ("Globex's employees") or of a titled name ("Globex CEO Jane Doe"): those name other
    actors. Nothing in "ruled in favour of A": A is not what the ruling acts on (but "an investigation into
    measures in favour of A" is into A's aid)."""
    lex = lexicon()
    if token.dep_ == "prep" and token.head.pos_ in ("VERB", "AUX") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in lex.favour_nouns for g in token.children):
        return
    yield token
    role = token.lemma_.lower() in lex.unnamed_roles  # "Globex's employees" are not Globex
    subsidiary = token.lower_ in entity_lexicon().subsidiary_words
    for child in token.children:
        owner = child.dep_ == "acl" and (child.lemma_.lower() in OWNERSHIP_VERBS  # "files belonging to Y"
                                         or token.pos_ == "NOUN" and (child.lemma_.lower() in NAMING_VERBS
                                                                      or child.lemma_.lower() in lex.involving_verbs))
        if (child.dep_ in CLAUSE_DEPS and not owner) or (child.dep_ == "appos" and child.pos_ == "NOUN") \
                or child.left_edge.text == "(" or _after_colon(child):
            continue
        if role and (child.dep_ == "poss" or child.dep_ == "compound" and child.pos_ == "PROPN"):
            continue  # "indicted a former Acme executive": the executive, not Acme
        if child.lower_ in lex.hyphen_participles and child.i > 0 and child.doc[child.i - 1].text == "-":
            continue  # "Tencent-backed China Literature was fined": the backer describes the firm (see _hyphened)
        if subsidiary and (
                child.dep_ == "poss" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
                or child.dep_ == "compound" and child.pos_ == "PROPN" and token.tag_ == "NNS"):
            continue  # "bought Harlow's Vantage unit", "two Acme subsidiaries were fined": the units, not their owner
        if token.pos_ == "PROPN" and child.dep_ == "compound" and child.i < token.i and (
                child.pos_ == "NOUN" or child.lower_ in lex.roles):
            continue  # "former Acme engineers Mia Berg": Acme describes her, it is not an argument beside her
        yield from _argument_tokens(child)


def _after_colon(child: Token) -> bool:
    """A list after a colon that follows a verb ("A fined three firms: B, C and D") is what the verb's plural
    object announces, whatever word the parser hung it on."""
    colon = child.doc[child.left_edge.i - 1] if child.left_edge.i else None
    return child.dep_ == "appos" and colon is not None and colon.text == ":" and any(
        t.pos_ == "VERB" for t in child.doc[child.head.i : colon.i])


class SentenceMentions:
    """Which entity each token of a sentence belongs to."""

    def __init__(
        self, sent: Span, mentions: list[Mention], groups: list[tuple[int, list[str]]] | None = None,
        salience: Counter[str] | None = None,
    ) -> None:
        self.sent = sent
        self.groups = groups or []  # (token index, actors) of lists seen so far in the document
        self.salience = salience or Counter()  # mentions per actor in the document
        self.previous: list[str] = []  # named subjects of the previous sentence's main verb
        self.unnamed: set[str] = set()  # "<org> contractor" nodes: never what "it" stands for
        self.by_token: dict[int, str] = {}
        self.name_actor: Callable[..., str] | None = None  # makes an actor of an untagged name (or a given one)
        self.named_body: Callable[[list[Token]], str | None] = lambda run: None  # "India's regulator" -> its name
        self.short_form: Callable[[str], str | None] = lambda name: None  # the actor a short name stands for
        self.country_actor: Callable[[Token, str], str] | None = None  # a country node for a country word
        self.is_person: Callable[[str], bool] = lambda eid: False
        self.is_court: Callable[[str], bool] = lambda eid: False
        self.terms: dict[str, str] = {}  # defined acronyms of terms -> the head word they spell ("TDO" -> "order")
        starts = [tok.idx for tok in sent]  # tokens that start inside a mention belong to it
        for m in mentions:
            first, last = bisect.bisect_left(starts, m.start), bisect.bisect_left(starts, m.end)
            for i in range(sent.start + first, sent.start + last):
                self.by_token.setdefault(i, m.entity_id)  # the longer, earlier name owns nested tokens

    def at(self, token: Token) -> list[str]:
        eid = self.by_token.get(token.i)
        return [eid] if eid else []

    def in_subtree(self, token: Token) -> list[str]:
        """Entities in a token's subtree, in order; conjuncts ("A, B and C") all count. A counted
        plural without names ("the three suppliers") is an earlier list of exactly that many actors."""
        seen: list[str] = []
        for t in _argument_tokens(token):
            eid = self.by_token.get(t.i)
            if eid and eid not in seen:
                seen.append(eid)
        seen += [e for e in self.semicolon_list(token.right_edge) if e not in seen] if seen else []
        preposition = token.dep_ in ("prep", "agent") or (token.dep_ == "dative" and token.pos_ == "ADP")  # "to Y"
        noun = next((c for c in token.children if c.dep_ == "pobj"), token) if preposition else token
        return seen or self.listed(noun) or self.counted(noun) or self.pronoun_actor(token) or \
            self.unrecognised(noun) or self.described(noun)

    def semicolon_list(self, last: Token) -> list[str]:
        """"against A Co.; B Co.; and C Co.": the names a list in semicolons adds after an argument, which parsers
        leave hanging anywhere. Each must be a whole item, followed by another semicolon or the sentence's end (not
        "fined A; B said it would appeal")."""
        doc, i, found = last.doc, last.i + 1, []
        end = min(self.sent.end, len(doc))
        while i + 1 < end and doc[i].text == ";":
            i += 1 + (doc[i + 1].lower_ == "and")
            start = i  # past a describing word or two: "; Nagoya-based B Co."
            while i < min(end, start + 4) and i not in self.by_token and doc[i].text != ";" \
                    and doc[i].tag_ not in ("VBD", "VBZ", "VBP", "MD"):
                i += 1
            eid = self.by_token.get(i)
            while eid and i < end and self.by_token.get(i) == eid:
                i += 1
            if not eid or not (i >= end or doc[i].text == ";" or doc[i].is_sent_end or doc[i].text == "."):
                break
            found.append(eid)
        return found

    def country(self, title: Token) -> str | None:
        """The country a government title is held for, named by a country word before it ("Pakistani
        Foreign Minister", "U.S. Defense Secretary"), as a country actor."""
        top = title
        while top.dep_ in ("compound", "amod") and top.head.i not in self.by_token:
            top = top.head
        countries = lexicon().countries
        for t in top.subtree:
            name = countries.get(t.lower_)
            if name and t.ent_type_ in ("GPE", "NORP") and t.i < title.i and self.country_actor:
                self.by_token[t.i] = self.country_actor(t, name)
                return self.by_token[t.i]
        return None

    def known(self, noun: Token) -> str | None:
        """The actor an untagged short name stands for ("Orion" after "Orion Mobile"), creating none."""
        named = noun.pos_ in ("PROPN", "NOUN") or (noun.pos_ == "ADJ" and not noun.ent_type_ and not noun.is_sent_start)
        if not noun.text[:1].isupper() or not named or noun.i in self.by_token:
            return None  # a capitalised word is enough here ("a former Western truck driver" tags "Western" an
            # adjective): nothing is created, only an actor already named; "European", "American" never
        eid = self.short_form(noun.text)
        if eid:
            self.by_token[noun.i] = eid
        return eid

    def unrecognised(self, noun: Token) -> list[str]:
        """Proper names the model did not tag, in an argument slot: "fined Telwave", "sued Brightline and
        Kovo". Each becomes an actor through `name_actor`; places, dates and numbers the model did tag stay out."""
        if self.name_actor is None:
            return []
        found = []
        for head in _conjuncts(noun):
            run = _proper_run(head)
            if run and not any(t.i in self.by_token for t in run):
                eid = self.name_actor(run)
                self.by_token.update({t.i: eid for t in run})
                found.append(eid)
        return found

    def described(self, noun: Token) -> list[str]:
        """An authority named by its country or city instead of its name ("Australian police", "Dutch
        prosecutors", "a Munich court", "Germany's cartel office") is an actor of that name; a bare "police" is
        nobody in particular."""
        if self.name_actor is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon().described_bodies:
            return []
        places = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < noun.i
                  and c.ent_type_ in ("NORP", "GPE")]
        if not places:
            return []
        run = list(noun.doc[min(c.left_edge.i for c in places) : noun.i + 1])  # "South Korean prosecutors"
        if any(t.i in self.by_token for t in run):
            return []
        several = [p for c in places for p in _conjuncts(c) if p.ent_type_ in ("NORP", "GPE")]
        if len(several) > 1:  # "US, Brazilian and Swiss authorities": three authorities
            found = [self.name_actor([p, noun], f"{p.text} {noun.text}") for p in several]
            self.by_token.update({t.i: e for t, e in zip(several, found, strict=True)})
            return found
        eid = self.named_body(run) or self.name_actor(run)
        self.by_token.update({t.i: eid for t in run})
        return [eid]

    def pronoun_actor(self, token: Token) -> list[str]:
        """"Acme said it had completed its acquisition of X": "it"/"its" is the named subject of the
        nearest clause above it, never a name in its own phrase ("Its distributor, X"); without one,
        the previous sentence's subject ("Acme said ... . Its distributor, X, ...")."""
        if token.lower_ in FIRST_PERSON:
            return self.speaker(token)
        if token.lower_ not in lexicon().org_pronouns:
            return []
        owner = token.head
        while owner.dep_ == "compound" and owner.head != owner:
            owner = owner.head  # "its former chief executive Jane Doe": the phrase is the name's
        host = owner.head
        while owner.dep_ in ("conj", "appos") and host.dep_ in ("conj", "appos") and host.head != host \
                and self.is_person(self.by_token.get(host.i, "")):
            host = host.head  # "Acme, its CEO Jane Doe, and its former director John Roe": past the person
        if token.dep_ == "poss" and owner.dep_ in ("conj", "appos") and self.by_token.get(host.i):
            return [self.by_token[host.i]]  # "Acme and its chief executive", "Acme, its CEO Jane Doe"
        plural = token.lower_ in ("they", "them", "their")
        for verb in token.ancestors:
            if verb == token.head and token.dep_ in ("dobj", "dative"):
                continue  # "X will acquire it": an object pronoun is not its own verb's subject
            subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c != token and token not in c.subtree]
            found = list(dict.fromkeys(e for c in subjects for t in _argument_tokens(c)
                                       if (e := self.by_token.get(t.i)) and e not in self.unnamed)) or [
                e for c in subjects for e in self.described(c)]  # "South Korean prosecutors said they indicted"
            if found and (len(found) > 1) == plural:
                return found
            if found and not (plural and len(self.previous) > 1):  # "Acme said they would appeal" is Acme too
                return found
        for verb in token.ancestors:  # "Acme has raised $5m, its early backer Kite said": the report's subject
            found = [e for c in verb.children if c.dep_ == "ccomp" and c.i < token.i
                     for s in c.children if s.dep_ in SUBJECT_DEPS for e in self.in_subtree(s)]
            if found:
                return list(dict.fromkeys(found))
        return list(self.previous)

    def speaker(self, token: Token) -> list[str]:
        """"'We apologise to X,' Acme said": a first-person pronoun inside a quote is whoever says it."""
        verb = next((a for a in token.ancestors if a.lemma_.lower() in lexicon().reporting_verbs), None)
        if verb is None:
            return []
        speakers = dict.fromkeys(e for c in verb.children if c.dep_ == "nsubj" and token not in c.subtree
                                 for t in _argument_tokens(c) if (e := self.by_token.get(t.i)))
        singular = token.lower_ in ("i", "me", "my")  # a person speaks as "I"; "we" of a person is an institution
        return [e for e in speakers if self.is_person(e) == singular]

    def listed(self, noun: Token) -> list[str]:
        """The names a plural noun announces: "fined three operators on Monday: A, B and C" (or between dashes),
        "the companies that were fined include A and B", "the companies forming X are A and B", "among those sued
        were A and B"."""
        if noun.tag_ != "NNS" and noun.lower_ not in ("those", "these"):
            return []
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "among" else noun.head
        if noun.dep_ == "nsubj" and verb.lemma_.lower() in lexicon().inclusion_verbs | {"be"} or verb != noun.head:
            slots = ("dobj", "attr") if verb == noun.head else ("nsubj", "attr")
            return [e for c in verb.children if c.dep_ in slots and c != noun for e in self.in_subtree(c)]
        doc = noun.doc
        colon = next((t for t in self.sent if t.i > noun.i and t.text in LIST_MARKS), None)
        end = next((t.i for t in doc[colon.i + 1 : self.sent.end] if t.text in DASHES), self.sent.end) \
            if colon is not None else self.sent.end  # "fined three carmakers – A, B and C – a total of ..."
        if colon is None or any(t.pos_ == "VERB" for t in doc[noun.i + 1 : end]):
            return []  # a clause after the colon says something else; a verb before it, of something else
        return list(dict.fromkeys(e for t in doc[colon.i + 1 : end] if (e := self.by_token.get(t.i))))

    def counted(self, token: Token) -> list[str]:
        """The list of N whose least mentioned member is mentioned most (the story's actors, not a
        pair named in passing), the later list on a tie; for "N <plural>" without "the" ("fined four
        contractors. A, B, C and D ..."), the list of N the next sentence names if none came before."""
        n = _count(token)
        lists = [(min(self.salience[e] for e in ids), i, ids)
                 for i, ids in self.groups if i < token.i and len(ids) == n]
        if n and not lists and not any(c.dep_ in ("det", "poss") for c in token.children):
            after = token.doc[self.sent.end].sent.end if self.sent.end < len(token.doc) else self.sent.end
            return next((ids for i, ids in self.groups if token.i < i < after and len(ids) == n), [])
        return max(lists)[2] if n and lists else []


NOT_NAMES = {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "GPE", "LOC", "NORP", "LAW",
             "EVENT", "LANGUAGE", "FAC", "WORK_OF_ART"}


def _proper_run(head: Token) -> list[Token]:
    """The capitalised proper-noun run ending at `head` ("Brightline Capital"), or [] when `head` is not
    a name the model left untagged."""
    if not _capitalised_name(head) or _in_headline(head):
        return []  # a title-case headline capitalises every word ("Bank Fined Over Alleged Leak")
    run = [head]
    while run[0].i > head.sent.start:
        prev = head.doc[run[0].i - 1]
        if prev.head != head or not _capitalised_name(prev):
            break
        run.insert(0, prev)
    lex = entity_lexicon()
    if len(run) == 1 and (head.lower_ in lex.org_words | lex.months | lex.weekdays
                          | lex.descriptions.get("Organization", frozenset())
                          or is_currency(head.text)):
        return []  # "the Commission", "the Court" name no one on their own; "a penalty of Rs. 14,00,000" no one
    if any(t.is_upper and len(t) > 4 for t in run) or relation_words(run):
        return []  # capitals of a dateline or heading ("SAN FRANCISCO –"), not an acronym; "Joint Ventures"
    if run[-1].lower_ in lex.person_titles or " ".join(t.lower_ for t in run) in lex.function_words:
        return []  # a post written in capitals ("appointed Group Deputy Chairman"), a function ("vice president of
        # Communications")
    return run if len(run) <= 5 and any(len(t) > 1 for t in run) else []


def _capitalised_name(tok: Token) -> bool:
    """A proper noun, or a noun the model tagged as a name (the tagger calls some unknown names nouns)."""
    nominal = tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.ent_type_ in ("ORG", "PERSON"))
    group = tok.ent_type_ == "NORP" and tok.lower_ not in lexicon().countries  # "Tesla" tagged as a people: a name
    return nominal and tok.text[:1].isupper() and (tok.ent_type_ not in NOT_NAMES or group and tok.pos_ == "PROPN")


def _in_headline(tok: Token) -> bool:
    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    line = text[start : end if end >= 0 else len(text)]
    words = [w for w in WORD.findall(line) if len(w) > 3]
    return title_case(line) or (len(words) >= 3 and all(w[0].isupper() for w in words))


WORD = re.compile(r"[^\W\d_]+")


OWN_AMOUNT_RE = re.compile(r"\s*(?:\(|:|,|–|-)\s*")


NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _count(token: Token) -> int:
    """N in "the N <plural noun>", "all N <plural noun>", "both <plural noun>"; 0 otherwise."""
    if token.tag_ not in ("NNS", "NNPS"):
        return 0
    for child in token.children:
        if child.dep_ == "nummod":
            low = child.lower_
            return int(low) if low.isdigit() and 1 < int(low) <= 10 else NUMBER_WORDS.get(low, 0)
        if child.lower_ == "both":
            return 2
    return 0


def _groups(doc: Doc, ments: SentenceMentions) -> list[tuple[int, list[str]]]:
    """Coordinated actors ("Acme, Globex and Initech"), keyed by the list's first token."""
    out = []
    for tok in doc:
        if tok.i in ments.by_token and tok.dep_ != "conj" and any(c.dep_ == "conj" for c in tok.children):
            ids = list(dict.fromkeys(ments.by_token[t.i] for t in _conjuncts(tok) if t.i in ments.by_token))
            if len(ids) > 1:
                out.append((tok.i, ids))
    return out


def _conjuncts(tok: Token) -> Iterable[Token]:
    yield tok
    for child in tok.children:
        if child.dep_ == "conj":
            yield from _conjuncts(child)


def _hedged(trigger: Token, lex: Lexicon) -> bool:
    """Negated, conditional or questioned statements produce no edge. A condition opened before the
    trigger ("Even if A apologizes, pays ..., and B dismisses ...") covers it whatever the parse says."""
    chain = [trigger]
    for above in trigger.ancestors:  # up to the noun phrase the trigger's clause describes, if any: in "the firm,
        chain.append(above)          # founded by A, plans to ...", the plan is not the founding's
        if above.pos_ in ("NOUN", "PROPN", "PRON") and above.lemma_.lower() not in lex.pact_nouns | lex.contract_nouns:
            break  # but "is considering an agreement to acquire X" hedges the acquisition
    for tok in chain:
        reported = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in lex.reporting_verbs
        for child in tok.children:
            if child.dep_ == "neg" or (child.dep_ in ("mark", "aux") and child.lower_ in lex.hedges
                                       and not (reported and child.lower_ == "would")):
                return True  # but "X said it would impose a fine" reports a decision
    if trigger.i > _first_conditional(trigger.sent, lex.conditionals):
        return True
    if trigger.pos_ == "NOUN" and (any(c.dep_ == "amod" and c.lemma_.lower() in lex.prospect_words
                                       for c in trigger.children)
                                   or trigger.dep_ == "compound" and trigger.head.lemma_.lower() in lex.prospect_words):
        return True  # "a possible takeover by X", "a takeover bid for X"
    if any(a.lemma_.lower() in lex.denial_verbs | lex.intention_words or a.pos_ == "NOUN" and a.lemma_.lower() in
           lex.prospect_words for a in chain[1:4]):
        return True  # "X denied leaking the files", "X has every right to pursue legal action", "plans to sue",
        # "held talks to buy X"
    return trigger.sent.text.rstrip().endswith("?")


@lru_cache(maxsize=64)
def _first_conditional(sent: Span, conditionals: frozenset[str]) -> int:
    """Where the sentence's first conditional word is ("if", "unless"), past its end when it has none; asked
    for every trigger of the sentence."""
    return next((t.i for t in sent if t.lower_ in conditionals), sent.end)


def _alleged(trigger: Token, lex: Lexicon) -> bool:
    """A claim someone makes ("allegedly leaked", "was accused of leaking", "is suspected of"): kept as an
    edge, with lower confidence."""
    chain = [trigger, *list(trigger.ancestors)[:3]]
    return any(t.lemma_.lower() in lex.allegation_words for a in chain for t in (a, *a.children))


def _arguments(
    trigger: Token, ments: SentenceMentions, recipients: frozenset[str] = frozenset()
) -> tuple[list[str], list[str], list[str]]:
    """(subjects, objects, agents) of a verb, inheriting the subject of the verb it hangs off; a
    recipient ("leaked Y's files to a rival") is no tail."""
    subj: list[str] = []
    obj: list[str] = []
    agent: list[str] = []
    passive = any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in trigger.children) or (
        trigger.dep_ in ("acl", "advcl") and trigger.tag_ == "VBN"
    ) or _adjective_participle(trigger)
    for child in trigger.children:
        if child.dep_ in SUBJECT_DEPS:
            subj += ments.in_subtree(child)
        elif child.dep_ == "punct" and child.i > trigger.i and ments.at(child):
            obj += ments.at(child)  # "sued Brightline Foods Inc." at a sentence's end: the parser took "Inc." for "."
        elif child.dep_ in OBJECT_DEPS and not (child.dep_ == "dative" and child.lower_ in recipients):
            # "leaked papers to a newspaper": the recipient owns nothing; "ended its cooperation with X": X is a
            # partner in the thing, not the object
            partners = set() if ments.at(child) else {
                e for c in child.children if c.dep_ == "prep" and c.lower_ == "with" for e in ments.in_subtree(c)}
            obj += [e for e in ments.in_subtree(child) if e not in partners]
            if child.lower_ in RELATIVE_PRONOUNS and trigger.dep_ == "relcl":  # "X, which Acme bought in 2019"
                named = trigger.head.head if trigger.head.dep_ == "appos" else trigger.head
                obj += ments.at(trigger.head) or ments.at(named)
        elif child.dep_ == "agent":
            agent += ments.in_subtree(child)
    thing = any(c.dep_ == "dobj" for c in trigger.children)  # "launched a route with X": X is a partner, no tail
    preps = [*trigger.children, *(g for c in trigger.children if c.dep_ == "acomp" for g in c.children)]  # "sorry to"
    obj = obj or [e for c in preps if c.dep_ == "prep" and c.lower_ in TAIL_PREPS - recipients
                  and not (thing and c.lower_ == "with") for e in ments.in_subtree(c)]
    if not obj and trigger.dep_ == "relcl" and any(
            g.dep_ == "pobj" and g.lower_ in RELATIVE_PRONOUNS for c in preps if c.dep_ == "prep"
            and c.lower_ in TAIL_PREPS - recipients for g in c.children):  # "X, which Acme has invested in"
        obj += ments.at(trigger.head)
    # "sued X for infringement in the District Court": the court is a venue
    governor = trigger.head
    if not subj and (trigger.dep_ in ("conj", "xcomp", "advcl", "acl", "relcl") or _adjective_participle(trigger)) \
            and governor != trigger:
        if trigger.dep_ in ("acl", "relcl", "amod"):  # "the supplier who had leaked ...", "Western's decision to fire"
            named = governor.head if governor.dep_ == "appos" else governor  # "X, a group set up by A and B"
            subj += ments.at(governor) or ments.at(named) or ments.listed(governor) or [
                e for c in governor.children if c.dep_ == "poss" for e in ments.in_subtree(c)
            ]
            if not subj and governor.dep_ == "attr" and governor.head.lemma_ == "be":
                subj += _subjects(governor.head, ments)  # "X is a network founded by A and B": the noun is X
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
            if not subj and governor.dep_ == "dobj" and (trigger.tag_ == "VBG" or infinitive):
                # "X won a contract to supply Y", "X issued a statement apologising to Y"
                subj += _subjects(governor.head, ments)
            elif not subj and governor.dep_ == "pobj" and infinitive and \
                    governor.lemma_.lower() in lexicon().pact_nouns:
                subj += _subjects(governor.head.head, ments)  # "X entered into an agreement to acquire Y"
        else:  # "initiated by A and B, the alliance was established"; "X apologised and fired Y"
            subj += [e for c in _subject_tokens(governor) for e in ments.in_subtree(c)]
            if not subj and trigger.dep_ == "xcomp" and governor.dep_ == "conj":
                subj += _subjects(governor, ments)  # "X was hired by Y in 2011 and left to form Z"
    elif not subj and trigger.dep_ == "pcomp" and trigger.head.dep_ == "prep":
        # "X was accused of leaking", "Y fined X for leaking", "X apologised for leaking": the doer of a
        # gerund after a preposition is the clause's passive subject, else its object, else its subject;
        # after an adjective, the one it describes ("found X guilty of stealing", "pleaded guilty to stealing")
        clause = trigger.head.head
        if clause.pos_ == "ADJ" and clause.dep_ == "amod":
            subj += ments.at(clause.head)
        elif clause.pos_ in ("NOUN", "PROPN") and trigger.head.lower_ in ("for", "over"):
            subj += ments.at(clause)  # "fired an employee for leaking": the parser hangs "for" on the employee
        elif clause.pos_ == "ADJ" and clause.head != clause:
            clause = clause.head
        for deps in (("nsubjpass",), OBJECT_DEPS, ("nsubj",)):
            subj += [] if subj else [e for c in clause.children if c.dep_ in deps for e in ments.in_subtree(c)]
        if not subj and clause.dep_ == "pcomp":  # "was sentenced after pleading guilty to stealing"
            clause = clause.head.head
        subj = subj or _subjects(clause, ments)
    elif not subj and passive and trigger.dep_ not in ("ROOT", "conj", "ccomp") and trigger.head != trigger:
        # the parser hung a fronted "initiated by A, B" on a comma: the clause is the sentence's (not in what
        # one reports: "X said the officer had been fired")
        subj += [e for c in _subject_tokens(trigger.sent.root) for e in ments.in_subtree(c)]
    if passive:
        return agent, subj, []
    return subj, obj, agent


def _subject_tokens(verb: Token) -> list[Token]:
    """A verb's subjects; when the parser hung the subject on the fronted phrase before it, as an
    apposition or object ("initiated by A, B, the alliance was established"), the noun right
    before its auxiliary."""
    found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    if found or aux is None:
        return found
    before = next((t for t in reversed(verb.doc[verb.sent.start : aux.i]) if not t.is_punct), None)
    return [before] if before is not None and before.dep_ in ("appos", "dobj") and before.head.i < before.i else []


def _noun_arguments(trigger: Token, ments: SentenceMentions) -> tuple[list[str], list[str]]:
    """"acquisition of X by Y", "Y's fine on X", "a lawsuit brought by Y against X"."""
    head: list[str] = []
    tail: list[str] = []
    nouns = [trigger]
    while trigger.dep_ == "compound" and trigger.head != trigger:  # "a penalty payment", "an apology letter"
        trigger = trigger.head
        nouns.append(trigger)
    lex = lexicon()
    owned = nouns[0].lemma_.lower() in lex.possessor_tail_nouns  # "the consortium's members"
    received = None if owned else _received(trigger, ments)
    if received is not None:
        return received
    for child in (c for noun in nouns for c in noun.children):
        if child.dep_ == "poss" and owned:
            tail += ments.in_subtree(child)
        elif (child.dep_ == "appos" and owned  # "Its distributor, X": the name is the supplier
              or child.dep_ == "poss" or child.dep_ == "prep" and child.lower_ == "by"
              or child.dep_ == "prep" and child.lower_ == "from" and not owned):  # "a lawsuit from X"
            head += ments.in_subtree(child)
        elif child.dep_ == "prep" and child.lower_ in ("including", "like") and owned:
            head += ments.in_subtree(child)  # "founding members including A, B and C"
        elif child.dep_ == "prep" and child.lower_ in NOUN_TAIL_PREPS:
            # "the acquisition of X by Y"; but in "an investigation into price fixing by X" the "by" names who fixed
            agents = [g for g in child.subtree if g.dep_ == "prep" and g.lower_ == "by"
                      and (g.head in nouns or g.head.i in ments.by_token)]
            by = [e for g in agents for e in ments.in_subtree(g)]
            head += by
            tail += [e for e in ments.in_subtree(child) if e not in by]
            tail += [e for c in child.children if c.dep_ == "pcomp" for s in c.children if s.dep_ in SUBJECT_DEPS
                     for e in ments.in_subtree(s)]  # "an investigation into whether X abused ..."
        elif child.dep_ in ("acl", "relcl"):
            for grand in child.children:
                if grand.dep_ == "agent" or (grand.dep_ == "prep" and grand.lower_ == "by") or (
                        child.dep_ == "relcl" and grand.dep_ == "nsubj"):  # "the fine (that) the Commission imposed"
                    head += ments.in_subtree(grand)
                elif grand.dep_ == "prep" and grand.lower_ in ("against", "on", "to"):
                    tail += ments.in_subtree(grand)
    verb = trigger.head
    if not tail and trigger.dep_ in OBJECT_DEPS and lex.nouns.get(nouns[0].lemma_.lower()) == "PARTNERS_WITH":
        # "ended its joint venture with X": the parser hung "with" on the verb
        tail += [e for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > trigger.i
                 for e in ments.in_subtree(c) if e not in head]
    if tail and not head:  # "the Halden Airways takeover of Orla Air": a name before the noun is its agent
        head += [e for noun in nouns for c in noun.children if c.dep_ == "compound"
                 for e in ments.in_subtree(c) if e not in tail]
    given = verb.lemma_.lower() in lex.giving_verbs and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if trigger.dep_ in OBJECT_DEPS and (verb.lemma_.lower() in lex.receiving_verbs or given) and not owned:
        # "X received a £14m fine from Y", "X faces charges": the subject is the tail; the giver is named by
        # "from"/"by" wherever the parser hung it, else elsewhere in the text
        givers = [e for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by")
                  for e in ments.in_subtree(c)]
        return head or givers, [e for e in _subjects(verb, ments) if e not in head + givers]
    if trigger.dep_ == "nsubjpass" and not owned and verb.lemma_.lower() in lex.imposing_verbs:
        # "fines were imposed against X by Y", "a penalty was handed to X": the verb's agent and its target
        agents = [e for c in verb.children if c.dep_ == "agent" for e in ments.in_subtree(c)]
        targets = [e for c in verb.children if c.dep_ in ("prep", "dative")
                   and c.lower_ in ("against", "on", "upon", "to", "into") for e in ments.in_subtree(c)]
        if agents or targets:
            return head or agents, tail or [e for e in targets if e not in agents]
    if trigger.dep_ == "appos" and owned and not head:  # "X, a supplier to Y"
        head += ments.at(verb)
    if trigger.dep_ in ("attr", "oprd") and owned and not tail:  # "X became the sole supplier of panels to Y"
        tail += [e for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
                 for e in ments.in_subtree(c)]
    if trigger.dep_ in OBJECT_DEPS and verb.lemma_.lower() in lex.payment_verbs and not head and not tail:
        return _paid(verb, ments)
    payer = verb.head.head if verb.head.pos_ in ("NOUN", "NUM") else verb.head  # "paid $1.5 million in penalties"
    if trigger.dep_ == "pobj" and verb.lower_ == "in" and payer.lemma_.lower() in lex.payment_verbs \
            and not head and not tail:
        return _paid(payer, ments)  # "paid $1.5 million in penalties to X"
    if not tail and head and trigger.dep_ in OBJECT_DEPS and nouns[0].lemma_.lower() not in lex.deal_nouns \
            and not any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children):
        # "X settled a lawsuit brought by Y": the verb's subject is the tail ("Y sued to block X's acquisition"
        # is no acquisition of Y; "X lost its lawsuit against Y" names its target; "X began its investigation" has
        # no target here)
        tail += [e for e in _subjects(verb, ments) if e not in head]
    if not head and not tail and trigger.dep_ in OBJECT_DEPS and verb.lemma_.lower() in lex.settlement_verbs \
            and not any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children):
        tail += _subjects(verb, ments)  # "X agreed to settle charges": X was charged, by someone named elsewhere
        # (but "the SEC settled charges on Monday against X" names X, the parser hanging "against" on the verb)
    elif not head and trigger.dep_ in OBJECT_DEPS and not (
            nouns[0].lemma_.lower() in lex.deal_nouns and lex.verbs.get(verb.lemma_.lower()) in OVERSIGHT):
        # "Acme issued an apology", "A and B are members of X": the verb's subject owns the noun (but the
        # regulator that "cleared the acquisition of X" did not acquire X)
        head += _subjects(verb, ments)
    if not head and trigger.dep_ in SUBJECT_DEPS:
        # "members of X include A, B and C"
        head += [e for c in verb.children if c.dep_ in OBJECT_DEPS for e in ments.in_subtree(c)]
    clause = next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "under" and clause is not None and not tail:
        tail += _subjects(clause, ments)  # "X is under investigation by Y"
    deal = len(nouns) == 1 and trigger.lemma_.lower() in lex.deal_nouns  # "a takeover", not "purchase apologies"
    if trigger.dep_ == "pobj" and (owned or deal) and head and not tail \
            and clause is not None:
        # "X was launched with members including A and B", "agreed to a takeover by A"; active, the object is
        # what has the members: "Y launched X with founding members including A and B"
        launched = [e for c in clause.children if c.dep_ == "dobj" for e in ments.at(c)] if owned else []
        tail += launched or _subjects(clause, ments)
    if trigger.dep_ == "pobj" and not head and not tail and trigger.head.lower_ in ("after", "following"):
        # "After an Acme investigation, the court ordered X to pay": the noun's own modifier did it, not the clause
        head += [e for noun in nouns for c in noun.children if c.dep_ in ("compound", "poss")
                 for e in ments.in_subtree(c)]
    if trigger.dep_ == "pobj" and not head and clause is not None:
        # "A coordinated prices for the supply of parts to B": A supplies; the parser may hang "to B" on the verb,
        # but "Acme fined X for the leak", "sacked three employees over the leak": the punished did it
        reason = trigger.head.lower_ in ("over", "for", "after") and clause.lemma_.lower() in lex.verbs and \
            lex.verbs[clause.lemma_.lower()] in PUNISHMENTS
        punished = [e for c in clause.children if c.dep_ in OBJECT_DEPS for e in ments.in_subtree(c)] if reason else []
        head += punished or _subjects(clause, ments)
        # "brought fines for the two outlets" hangs "for" on the verb too
        to = [c for c in clause.children  # "assessed $1.5 million in penalties against X"
              if c.dep_ == "prep" and c.lower_ in ("to", "for", "against", "on") and c not in trigger.ancestors]
        tail = tail or [e for c in to for e in ments.in_subtree(c)]
        if trigger.head.lower_ == "with" and clause.lemma_.lower() in lex.with_light_verbs:  # "hit X with a fine"
            tail = tail or [e for c in clause.children if c.dep_ in OBJECT_DEPS for e in ments.in_subtree(c)]
    if not tail and trigger.dep_ in OBJECT_DEPS:
        # "demanded a penalty payment from the supplier", "opened a probe into X" (light verbs in frames.yml)
        preps = {"from", "on", "against"} | {p for p, verbs in lex.light_verbs.items() if verb.lemma_.lower() in verbs}
        tail += [e for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
                 or c.dep_ == "dative" and c.pos_ != "ADP" for e in ments.in_subtree(c)]  # "handed X a fine"
    return head, tail


def _received(noun: Token, ments: SentenceMentions) -> tuple[list[str], list[str]] | None:
    """A relation noun that a passive clause hands to its subject: "X was handed a fine", "X was hit with
    a lawsuit by Y", "X has been slapped with a penalty": the subject is the tail and the "by" agent
    the head. None when the noun's clause is not passive."""
    verb = noun.head if noun.dep_ in OBJECT_DEPS else noun.head.head if noun.dep_ == "pobj" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("nsubjpass", "auxpass")
                                                                     for c in verb.children):
        return None
    tails = [e for c in verb.children if c.dep_ == "nsubjpass" for e in ments.in_subtree(c)]
    heads = [e for c in verb.children if c.dep_ == "agent" for e in ments.in_subtree(c)]
    return (heads, tails) if tails else None


def _paid(pay: Token, ments: SentenceMentions) -> tuple[list[str], list[str]]:
    """(imposer, payer) of a penalty paid: "the court ordered X to pay a fine" (the governing verb's
    subject imposes it on its object), "X paid a fine to Y", or "X agreed to pay a fine" (no imposer)."""
    to = [e for c in pay.children if c.dep_ == "prep" and c.lower_ == "to" for e in ments.in_subtree(c)]
    if pay.dep_ == "xcomp" and not _passive(pay.head) and not any(c.dep_ in SUBJECT_DEPS for c in pay.children):
        givers, ordered = _order_parties(pay.head, ments)
        if ordered:
            return to or givers, ordered
    return to, _subjects(pay, ments)


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _order_parties(order: Token, ments: SentenceMentions) -> tuple[list[str], list[str]]:
    """(who gave it, who received it) of an order: "the court ordered X to ...", "X was ordered by the court"."""
    if _passive(order):
        return ([e for c in order.children if c.dep_ == "agent" for e in ments.in_subtree(c)],
                [e for c in order.children if c.dep_ == "nsubjpass" for e in ments.in_subtree(c)])
    return _subjects(order, ments), [e for c in order.children if c.dep_ in OBJECT_DEPS for e in ments.in_subtree(c)]


def _subjects(verb: Token, ments: SentenceMentions) -> list[str]:
    """A verb's subjects, or those of the verbs it is coordinated with or governed by
    ("X will pay $N and furnish relief to settle ...": settle -> furnish -> pay -> X)."""
    for v in _verb_chain(verb):
        found = [e for c in v.children if c.dep_ in SUBJECT_DEPS for e in ments.in_subtree(c)]
        if not found and v.dep_ == "relcl":
            found = ments.at(v.head)  # "Acme, which makes engines for X": the relative pronoun's antecedent
        if found:
            return found
    return []


def _hyphened(tok: Token, ments: SentenceMentions) -> list[tuple[str, str, str]]:
    """"Microsoft and Dell-backed startup CNEX Labs": the names glued to the participle (and those listed
    before them) did it to the next name within the noun phrase, or to the name the phrase is apposed to
    ("Kestrel, a Wexford-backed startup"). Read off the surface: the parser splits such phrases unpredictably."""
    rel_type = lexicon().hyphen_participles.get(tok.lower_)
    doc = tok.doc
    if rel_type is None or tok.i < 2 or doc[tok.i - 1].text != "-":
        return []
    glued = doc[tok.i - 2]
    heads, i = ments.at(glued) or (ments.unrecognised(glued) if glued.pos_ == "PROPN" else []), tok.i - 2
    if not heads:
        return []
    while True:
        while i > tok.sent.start and ments.at(doc[i - 1]) == ments.at(doc[i]):
            i -= 1  # the first token of this name
        if i < tok.sent.start + 2 or doc[i - 1].lower_ not in ("and", ",") or not ments.at(doc[i - 2]):
            break
        heads, i = ments.at(doc[i - 2]) + heads, i - 2
    tails: list[str] = []
    for t in doc[tok.i + 1 : min(tok.i + 8, tok.sent.end)]:
        if t.pos_ in ("AUX", "ADP") or (t.pos_ == "VERB" and t.dep_ != "amod") or (t.is_punct and t.text != "-"):
            break  # the phrase ends; "ride-hailing firm X" goes on
        tails = ments.at(t) or tails  # its last name is its head: "X-backed Chinese EV startup Leapmotor"
    if not tails and doc[tok.i - 2].i > tok.sent.start:
        noun = tok.head
        tails = ments.at(noun.head) if noun.dep_ == "appos" else []
    return [(rel_type, h, t) for h, t in _pairs(heads, tails)]


def _outer(spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Mentions not inside another mention of the same actor ("Orbit" within "Orbit Phones" counts once)."""
    return {(s, e) for s, e in spans if not any(a <= s and e <= b and (a, b) != (s, e) for a, b in spans)}


def _verb_chain(verb: Token) -> list[Token]:
    """The verb and the verbs above it through coordination and control, nearest first, and through a
    participle on a document its author issued ("X passed an order imposing a penalty": X imposed it) or an
    infinitive on what the subject got or made ("X won approval to start Y")."""
    chain = [verb]
    while len(chain) < 4:
        v = chain[-1]
        if v.dep_ in ("conj", "xcomp", "advcl") and v.head != v:
            chain.append(v.head)
        elif v.dep_ == "pcomp" and v.head.lower_ in ("after", "before", "since", "upon", "while", "by") \
                and v.head.head.pos_ in ("VERB", "AUX"):
            chain.append(v.head.head)  # "After filing a lawsuit against X, Y dropped it": Y filed it
        elif v.dep_ == "acl" and v.tag_ == "VBG" and v.head.dep_ in OBJECT_DEPS \
                and v.head.lemma_.lower() in lexicon().instrument_nouns:
            chain.append(v.head.head)
        elif v.dep_ == "acl" and v.head.dep_ == "dobj" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                               for c in v.children) \
                and not any(c.dep_ == "dative" for c in v.head.head.children) \
                and not any(c.dep_ == "poss" for c in v.head.children):  # "protested Y's decision to award": Y's
            chain.append(v.head.head)  # "A and B received approval to start a joint venture": A and B start it
        else:
            break
    return chain


def _pairs(heads: Iterable[str], tails: Iterable[str]) -> Iterable[tuple[str, str]]:
    tails = list(tails)
    for h in heads:
        for t in tails:
            if h != t:
                yield h, t


def _lookup(table: dict[str, str], tok: Token, suffixes: list[str]) -> str | None:
    return next((table[f + s] for f in lemma_forms(tok) for s in suffixes if f + s in table), None)


def _adjective_participle(tok: Token) -> bool:
    """A past participle before a plural noun, tagged as an adjective: "the fined companies"."""
    return tok.dep_ == "amod" and tok.pos_ == "ADJ" and tok.lower_.endswith("ed") and tok.head.tag_ == "NNS"


def _trigger(tok: Token, ments: SentenceMentions, lex: Lexicon) -> tuple[str, list[str], list[str]] | None:
    """(type, heads, tails) when the token is a relation verb or noun; "work with" needs its "with"."""
    infinitive = tok.pos_ == "ADJ" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or infinitive or _adjective_participle(tok):
        # "decided to fine X": "fine" as JJ; "among the fined companies were A and B"
        preps = [f" {c.lower_}" for c in tok.children if c.dep_ in ("prep", "prt", "acomp", "oprd")]  # "say sorry"
        rel_type = _lookup(lex.verbs, tok, preps) or _lookup(lex.verbs, tok, [""])
        if _adjective_participle(tok) and rel_type not in PUNISHMENTS:
            return None  # "the acquired business" names no buyer
        if rel_type == "MEMBER_OF" and any(c.dep_ == "dobj" and _is_role_word(c, lex) for c in tok.children):
            return None  # "X joined the chairpersons of A and B" (to present something): no membership of A or B
        if rel_type == "ACQUIRED" and any(c.dep_ in OBJECT_DEPS and c.lemma_.lower() in lex.part_nouns
                                          and not any(t.lower_ in lex.whole_words for t in c.subtree)
                                          for c in tok.children):
            rel_type = None  # "bought a 20% stake in X" is an investment (the noun says so), not a takeover
        if rel_type == "SUED" and any(c.dep_ in OBJECT_DEPS and (c.lemma_.lower() in lex.price_nouns or any(
                t.ent_type_ == "MONEY" for t in c.subtree)) for c in tok.children):
            rel_type = None  # "charged X a $40 delivery fee" is a price, not a charge
        if rel_type:
            heads, tails, _ = _arguments(tok, ments, lex.recipient_preps.get(rel_type, frozenset()))
            if rel_type == "DISMISSED" and any(c.dep_ == "dobj" and c.pos_ == "NOUN" and not ments.at(c)
                                               and not _is_role_word(c, lex)
                                               and c.lemma_.lower() not in lex.employment_nouns for c in tok.children):
                tails = []  # "removed the images of X": a thing was removed, nobody was dismissed
            if rel_type == "LEAKED" and not tails:  # "stealing its source code": the owner of what was taken
                tails = [e for c in tok.children if c.dep_ == "dobj" for p in c.children
                         if p.dep_ == "poss" and p.pos_ == "PRON" for e in ments.pronoun_actor(p) if e not in heads]
            if rel_type == "SUED" and not tails:
                tails = _blocked(tok, ments, lex)
            if rel_type in lex.created_types and any(_event_noun(c, rel_type, lex) for c in tok.children):
                return None  # "launched an investigation into X", "formed a partnership with X": the noun's frame
            if rel_type in lex.created_types:  # what is founded is the object itself, not a partner beside it
                beside = {ments.by_token.get(t.i) for c in tok.children if c.dep_ == "dobj" for p in c.children
                          if p.dep_ == "prep" and p.lower_ in ("with", "for", "to", "at", "near") for t in p.subtree}
                tails = [t for t in tails if t not in beside]
            return _oriented(tok, rel_type, heads, tails, lex)
    if tok.pos_ == "ADJ" and tok.dep_ == "amod" and any(t.ent_type_ == "MONEY" for t in tok.head.subtree):
        rel_type = _lookup(lex.nouns, tok, [""])  # "a 21.3 billion won fine": the parser made "fine" an adjective
        if rel_type:
            return _oriented(tok, rel_type, *_noun_arguments(tok.head, ments), lex)
    if tok.pos_ in ("NOUN", "PROPN") or tok.pos_ == "ADJ" and tok.dep_ in OBJECT_DEPS:  # "was handed a £2m fine"
        term = ments.terms.get(tok.text, "")  # "issued a TDO against X": the order it spells
        rel_type = _lookup(lex.nouns, tok, [""]) or lex.nouns.get(term)
        if rel_type == "SUPPLIER_OF" and tok.dep_ == "compound" and tok.head.lemma_.lower() in lex.contract_nouns | {
                "agreement", "deal"}:
            # "A signed a supply agreement with B": which of them supplies is not said, unless one is described as
            # the maker ("... a battery supply deal with battery maker B")
            heads, tails = _noun_arguments(tok, ments)
            product = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod")}
            makers = [e for e in dict.fromkeys(heads + tails) if _described_maker(e, product, ments, lex)]
            if len(makers) == 1:
                return rel_type, makers, [e for e in dict.fromkeys(heads + tails) if e != makers[0]]
            rel_type = None
        if rel_type is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.pact_nouns and any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.partnership_kinds for c in tok.children):
            rel_type = "PARTNERS_WITH"  # "a development agreement with X", "a strategic cooperation pact"
        if rel_type is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.maker_nouns:
            return _maker_to(tok, ments)
        if tok.lemma_.lower() == "partner" and not tok.is_lower:
            rel_type = None  # "Managing General Partner": a post
        if rel_type and not (tok.lemma_.lower() in lex.plural_nouns and tok.tag_ != "NNS"):
            heads, tails = _noun_arguments(tok, ments)
            if tok.lemma_.lower() == "partner":  # "a partner at Quinn Emanuel" is a post, not a partnership
                heads, tails = ([e for e in side if not ments.is_person(e)] for side in (heads, tails))
            if rel_type == "SUED" and not tails:
                tails = _blocked(tok, ments, lex)
            return _oriented(tok, rel_type, heads, tails, lex)
        against = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "against"]
        noun = tok.lemma_.lower() if tok.lemma_.lower() in lex.against_nouns else term
        if noun in lex.against_nouns and against:  # "filed a complaint against X", "an order against"
            heads, _ = _noun_arguments(tok, ments)
            if not heads and tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ == "VERB":
                # "X has been awarded 640 million yuan in a case against Y": the one the clause is about brought it
                heads = [e for e in _subjects(tok.head.head, ments)
                         if not ments.is_court(e)]
            return lex.against_nouns[noun], heads, [e for c in against for e in ments.in_subtree(c)]
        if noun in lex.against_nouns and any(c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children)
                                             for c in tok.children):  # "in proceedings brought by Y"
            heads, _ = _noun_arguments(tok, ments)
            return (lex.against_nouns[noun], heads, []) if heads else None
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.lower_ in lex.apology_adjectives:  # "was sorry to Y"
        tails = [e for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for e in ments.in_subtree(c)]
        return ("APOLOGIZED_TO", _subjects(tok.head, ments), tails) if tails else None
    if tok.lemma_.lower() in lex.court_verbs and _to_court(tok, ments, lex):  # "A took (dragged) B to court"
        return "SUED", _subjects(tok, ments), [e for c in tok.children if c.dep_ == "dobj" for e in ments.in_subtree(c)]
    return None


def _maker_to(noun: Token, ments: SentenceMentions) -> tuple[str, list[str], list[str]] | None:
    """"X, chipmaker to A and B", "X is the contract manufacturer for A": the maker the noun describes
    supplies the ones it makes things for."""
    tails = [e for c in noun.children if c.dep_ == "prep" and c.lower_ in ("to", "for") for e in ments.in_subtree(c)]
    if noun.dep_ == "appos":
        heads = ments.at(noun.head)
    elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
        heads = _subjects(noun.head, ments)
    else:
        return None
    return ("SUPPLIER_OF", heads, tails) if heads and tails else None


def _is_role_word(noun: Token, lex: Lexicon) -> bool:
    """A post or a kind of staff: "the editor", "three employees", "its chief executive"."""
    lemma = noun.lemma_.lower()
    return lemma in lex.roles or lemma in lex.unnamed_roles or noun.lower_ in lex.roles


def _event_noun(obj: Token, rel_type: str, lex: Lexicon) -> bool:
    """An object that names an event or tie of another relation ("an investigation", "a partnership"), not
    an organisation or a role in one ("founding members of X")."""
    kind = _lookup(lex.nouns, obj, [""]) or lex.against_nouns.get(obj.lemma_.lower())  # "initiated proceedings"
    return obj.dep_ == "dobj" and obj.pos_ == "NOUN" and obj.lemma_.lower() not in lex.possessor_tail_nouns \
        and kind not in (None, rel_type)


def _blocked(trigger: Token, ments: SentenceMentions, lex: Lexicon) -> list[str]:
    """"sued to block X's acquisition of Y", "a lawsuit to stop X's purchase": the one whose deal the suit
    blocks (the buyer, not its target), or whoever the infinitive acts on."""
    holders = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]  # "filed a lawsuit to stop ..."
    objects = [c for h in holders for x in h.children if x.dep_ in ("xcomp", "acl", "advcl")
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
               for c in x.children if c.dep_ == "dobj"]
    return [e for c in objects for e in (_noun_arguments(c, ments)[0] if c.lemma_.lower() in lex.deal_nouns
                                         else ments.in_subtree(c))]


def _described_maker(eid: str, product: set[str], ments: SentenceMentions, lex: Lexicon) -> bool:
    """The sentence describes the actor as a maker (of `product`, when one is named): "battery maker B",
    "B, a chip manufacturer"."""
    roots = [t for i, e in ments.by_token.items() if e == eid for t in [ments.sent.doc[i]]
             if ments.by_token.get(t.head.i) != eid]
    described = [c for t in roots for c in t.children if c.dep_ in ("compound", "appos")]
    described += [t.head for t in roots if t.dep_ == "appos"]  # "battery maker CATL" parsed as maker <- CATL
    words = {g.lemma_.lower() for c in described if c.i not in ments.by_token
             for g in (c, *(x for x in c.children if x.dep_ in ("compound", "amod")))}
    return bool(words & lex.maker_nouns) and (not product or bool(words & product))


def _to_court(verb: Token, ments: SentenceMentions, lex: Lexicon) -> bool:
    """"to court", "to the tribunal", "to the NCLT" (a court by its name)."""
    return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in lex.court_nouns or any(ments.is_court(e) for e in ments.at(g)))
        for g in c.children) for c in verb.children)


def _oriented(
    tok: Token, rel_type: str, heads: list[str], tails: list[str], lex: Lexicon
) -> tuple[str, list[str], list[str]]:
    """Employers are the subjects of "employ"/"hire" but the tails of WORKS_FOR."""
    if any(form in lex.reversed_triggers for form in lemma_forms(tok)):
        return rel_type, tails, heads
    if rel_type == "PARTNERS_WITH" and not tails and len(heads) > 1:  # "A and B announced a partnership"
        return rel_type, heads[:1], heads[1:]
    return rel_type, heads, tails


def _role_token(trigger: Token, ments: SentenceMentions, lex: Lexicon) -> Token | None:
    """An unnamed actor in the object slot: "terminated the employees involved", "from the supplier"."""
    anchors = [trigger, trigger.head] if trigger.pos_ == "NOUN" else [trigger]
    for anchor in anchors:
        for child in anchor.children:
            slot = _role_noun(_slot(child), lex)
            if slot is not None and not ments.in_subtree(slot):
                return slot
    return None


def _role_noun(slot: Token | None, lex: Lexicon) -> Token | None:
    """The word naming an unnamed actor's role in an argument: "the employees", "the two staff members"
    (its modifier names the role), "two of its employees" (a count of them)."""
    if slot is None:
        return None
    if slot.lemma_.lower() in lex.unnamed_roles:
        return slot
    modifier = next((c for c in slot.children if c.dep_ == "compound" and c.lemma_.lower() in lex.unnamed_roles), None)
    if modifier is not None:
        return modifier
    if slot.lemma_.lower() in lex.employment_nouns:  # "terminated the contracts of three employees"
        of = next((c for c in slot.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return _role_noun(pobj, lex) if pobj is not None and pobj.lemma_.lower() not in lex.employment_nouns else None
    if slot.like_num or slot.pos_ == "NUM":
        of = next((c for c in slot.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return pobj if pobj is not None and pobj.lemma_.lower() in lex.unnamed_roles else None
    return None


def _slot(child: Token) -> Token | None:
    """The noun filling a verb's argument: a preposition's object, or the subject of a clause the
    parser made of "dismissed [the employees involved]"."""
    if child.dep_ == "prep":
        return next((g for g in child.children if g.dep_ == "pobj"), None)
    if child.dep_ == "ccomp":
        return next((g for g in child.children if g.dep_ in SUBJECT_DEPS), None)
    return child


class DocumentRelations:
    """Relation finding over a whole document, with what one sentence leaves open filled from the
    rest: unnamed actors get their affiliation, apologies without addressee inherit it."""

    def __init__(self, doc: Doc, mentions: list[Mention], entities: dict[str, Entity]) -> None:
        self.doc, self.mentions, self.entities = doc, mentions, entities
        self.text = doc_text(doc)
        self.lex = lexicon()
        self.role_words = RoleWords(self.lex.roles, self.lex.employer_nouns, self.lex.government_roles,
                                    self.lex.title_bodies, self.lex.corporate_titles, self.lex.reporting_verbs)
        self.out: list[Relation] = []
        self.affiliation: dict[str, str] = {}  # unnamed actor -> its organisation
        self.introduced: dict[str, list[Evidence]] = {}  # unnamed actor -> the sentence that introduced it
        self.open_tails: list[Relation] = []
        self.open_clients: list[Relation] = []  # "B was awarded a contract": by whom, the document says
        self.open_heads: list[tuple[Relation, list[str]]] = []  # with who reported it
        self.on_behalf: list[Relation] = []  # officers listed as acting for their organisations
        self.implicated: set[str] = set()  # unnamed actors who did the matter ("the employees involved")
        self.deals: list[Relation] = []  # regulators' rulings on "the deal", parties to be found
        self.rounds: list[Relation] = []  # investors joining "the round", its company to be found
        self.open_members: list[Relation] = []  # "the members include A": members of the body to be found
        self.more_members: set[str] = set()  # bodies whose members "also include" others than named before
        self.untied: list[Relation] = []  # "CEO Jane Doe said": posts at the firm the document is about
        self.imposers: Counter[str] = Counter()  # organisations said to impose penalties, with or without a target
        self.named_roles: list[tuple[str, str, int]] = []  # "the employee, Jane Doe,": (role, person, offset)
        self.successions: list[tuple[str, str, Evidence]] = []  # (successor, predecessor, where it is said)
        self.previous: list[str] = []  # the named subject of the last sentence read, for a leading "Its"
        whole = SentenceMentions(doc[:], mentions)
        self.salience = Counter(m.entity_id for m in mentions)
        self.groups = _groups(doc, whole)
        self.leak_owners = _leak_owners(doc, whole, self.lex)
        self.terms = term_heads(self.text)
        self.authorities: dict[str, bool] = {}

    def name_actor(self, run: list[Token], name: str = "") -> str:
        """An actor for a proper name no earlier layer found (`name`, else the run's text): an organisation
        unless a personal title comes before it ("Ms Dana Voss"); the same name later in the document is the
        same actor."""
        name = name or run[0].doc[run[0].i : run[-1].i + 1].text
        before = run[0].nbor(-1).lower_.rstrip(".") if run[0].i > 0 else ""
        type_ = "Person" if before in entity_lexicon().person_titles else "Organization"
        eid = next((e.id for e in self.entities.values() if match_key(e.name) == match_key(name)), None)
        eid = eid or self.short_form(name) or entity_id(type_, name)
        entity = self.entities.setdefault(eid, Entity(eid, name, type_))
        entity.mentions.append((run[0].idx, run[-1].idx + len(run[-1])))
        return eid

    def named_body(self, run: list[Token]) -> str | None:
        """"India's competition regulator ... The Competition Commission of India": the authority the document
        names that shares a word or its country with the description, the most named; else its one authority."""
        bodies = [e for e in self.entities if self.authority(e)]
        words = {t.lower_ for t in run[:-1] if not t.is_punct and t.tag_ != "POS"}
        words |= {self.lex.countries.get(w, w).lower() for w in words}  # "Indian" -> "india"
        close = [e for e in bodies if words & set(self.entities[e].name.lower().split())]
        pool = close or (bodies if len(bodies) == 1 else [])
        return max(pool, key=lambda e: len(self.entities[e].mentions)) if pool else None

    def country_actor(self, token: Token, name: str) -> str:
        """The country called `name` as an actor, mentioned at `token` ("U.S.", "Pakistani")."""
        eid = next((e.id for e in self.entities.values() if match_key(e.name) == match_key(name)), None)
        eid = eid or entity_id("Organization", name)
        entity = self.entities.setdefault(eid, Entity(eid, name, "Organization"))
        entity.mentions.append((token.idx, token.idx + len(token)))
        if token.text != name and token.text not in entity.aliases:
            entity.aliases.append(token.text)
        return eid

    def short_form(self, name: str) -> str | None:
        """The one actor a short name stands for: a person's surname ("Pryce" after "Alan Pryce"), or the
        first words of an organisation's name ("Kestrel" after "Kestrel Networks")."""
        words = name.lower().split()
        fits = [e.id for e in self.entities.values() if len(e.name.split()) > len(words) and (
            (e.type == "Person" and e.name.lower().split()[-len(words):] == words)
            or (e.type == "Organization" and e.name.lower().split()[: len(words)] == words))]
        return fits[0] if len(fits) == 1 else None

    def run(self) -> list[Relation]:
        for sent in self.doc.sents:
            self.sentence(sent)
        self.complete()
        for r in self.out:
            if r.type == "PENALIZED":
                r.properties.update(self.own_amount(r))
            if not self.fits(r):
                self.maker_acts(r)
            if r.type == "MEMBER_OF" and self.employs(r):
                r.type = "WORKS_FOR"
        self.out = [r for r in self.out if r.type != "MEMBER_OF" or not self.trading(r.tail)]
        self.out = [r for r in self.out if r.type != "SUED" or not self.court(r.head)]  # a court is where one sues
        crowds = self.crowds()
        self.out = [r for r in self.out if r.type != "PARTNERS_WITH" or not any({r.head, r.tail} <= c for c in crowds)]
        return [r for r in self.out if self.fits(r)]

    def crowds(self) -> list[set[str]]:
        """The members and founders of each body that has three or more: "A, B, C and D joined together to form
        the X Alliance" makes them no pairwise partners (its MEMBER_OF and FOUNDED edges say how they work
        together); the two founders of a venture stay partners."""
        bodies: dict[str, set[str]] = {}
        for r in self.out:
            if r.type in ("MEMBER_OF", "FOUNDED"):
                bodies.setdefault(r.tail, set()).add(r.head)
        return [members for members in bodies.values() if len(members) > 2]

    def employs(self, r: Relation) -> bool:
        """A person who joins or is a member of a company works for it; of an alliance, association or
        board, is its member ("Jane Doe joined Acme in 2015" / "joined the Open Data Alliance")."""
        head, tail = self.entities.get(r.head), self.entities.get(r.tail)
        if head is None or tail is None or head.type != "Person" or tail.type != "Organization":
            return False
        return not set(tail.name.lower().split()) & self.lex.membership_bodies

    def trading(self, eid: str) -> bool:
        """A name that ends like a company's ("... Semiconductor", "... Foods", "... Inc."): nobody is its member."""
        entity = self.entities.get(eid)
        if entity is None or not entity.name:
            return False
        return strip_legal_form(entity.name) != entity.name or entity.name.lower().split()[-1] in \
            entity_lexicon().industry_words

    def maker_acts(self, r: Relation) -> None:
        """A product cannot act: where a relation needs an actor, a product named with its maker's brand ("the
        Orla X5 leak, resulting in fines for ..." after "Orla Motors") stands for the maker, at lower confidence."""
        head = self.entities.get(r.head)
        if head is None or head.type != "Product":
            return
        brand = head.name.lower().split()[0]
        makers = [e for e in self.entities.values() if e.type == "Organization" and e.id != r.tail
                  and e.name.lower().split()[0] == brand]
        if len(makers) == 1:
            r.head, r.confidence = makers[0].id, r.confidence * 0.8

    def own_amount(self, r: Relation) -> dict[str, float | int | str]:
        """An amount written right after the penalised party's name outranks the sentence's first amount,
        when the document gives that party one such amount: "The fines are: Acme (£2,400,000), Globex
        (£1,920,000)"."""
        entity = self.entities.get(r.tail)
        if entity is None:
            return {}
        amounts = set()
        for _, end in entity.mentions:
            after = self.text[end : end + 40]
            opening = OWN_AMOUNT_RE.match(after)
            found = find_money(after) if opening else []
            if opening and found and found[0].start == opening.end():
                amounts.add(tuple(found[0].as_properties().items()))
        return dict(amounts.pop()) if len(amounts) == 1 else {}

    def fits(self, r: Relation) -> bool:
        """Both ends have a type the relation allows ("Acme led the round" is no employment)."""
        heads, tails = self.lex.signatures.get(r.type, ((), ()))
        head, tail = self.entities.get(r.head), self.entities.get(r.tail)
        return (not heads or head is None or head.type in heads) and (not tails or tail is None or tail.type in tails)

    def sentence(self, sent: Span) -> None:
        sent_mentions = ments_in_order(self.mentions, sent)
        ments = SentenceMentions(sent, sent_mentions, self.groups, self.salience)
        ments.name_actor, ments.short_form, ments.country_actor = self.name_actor, self.short_form, self.country_actor
        ments.named_body, ments.is_court = self.named_body, self.court
        ments.is_person, ments.terms = self.is_person, self.terms
        ments.previous, self.previous = self.previous, list(dict.fromkeys(
            e for c in _subject_tokens(sent.root) for t in _conjuncts(c) for e in ments.at(t)))
        if not ments.by_token and not (self.groups and any(_count(t) for t in sent)):
            return  # unless "the two outlets" names a list of earlier sentences
        low = any(m.low_confidence for m in sent_mentions)
        evidence = Evidence(sent.text.strip(), sent.start_char, sent.end_char)
        self.named_roles += [(self.lex.role_names[t.lemma_.lower()], e, t.idx) for t in sent
                             if t.lemma_.lower() in self.lex.role_names and any(c.dep_ == "det" and c.lower_ == "the"
                                                                                for c in t.children)
                             for c in t.children if c.dep_ == "appos" for e in ments.at(c) if self.is_person(e)]
        base = 0.3 if low else 0.8
        first = len(self.out)
        suits: list[tuple[str, float]] = []  # plaintiffs of suits the sentence names no defendant of
        alleging = any(t.lower_ in self.lex.allegation_words or t.lemma_.lower() in self.lex.allegation_words
                       for t in sent)
        for tok in sent:
            confidence = base * (self.lex.allegation_weight if alleging and _alleged(tok, self.lex) else 1.0)
            if tok.lemma_.lower() in self.lex.transfer_verbs and tok.pos_ == "VERB" and not _hedged(tok, self.lex):
                self.out += [Relation(h, "LEAKED", t, {}, [evidence], confidence * 0.8)
                             for h, t in _handed_over(tok, ments, self.lex)]
            published = _made_public(tok, ments, self.lex) if tok.pos_ == "VERB" and not _hedged(tok, self.lex) \
                else None
            if published is not None:  # "released classified documents (of / belonging to Y)"
                leakers, owners = published
                self.out += [Relation(h, "LEAKED", o, {}, [evidence], confidence * 0.9) for h, o in _pairs(leakers,
                                                                                                          owners)]
                self.open_tails += [] if owners else [Relation(h, "LEAKED", "", {}, [evidence], confidence * 0.7)
                                                      for h in leakers]
            if tok.pos_ == "VERB" and not _hedged(tok, self.lex):
                for s, c in _contract_parties(tok, ments, self.lex, self.public_body):
                    (self.out if c else self.open_clients).append(
                        Relation(s, "SUPPLIER_OF", c, {}, [evidence], confidence * (0.9 if c else 0.7)))
                self.out += [Relation(h, "PENALIZED", t, money_properties(sent.text), [evidence], confidence * 0.9)
                             for h, t in _demanded(tok, ments, self.lex)]
                self.out += [Relation(h, "INVESTED_IN", t, {}, [evidence], confidence * 0.9)
                             for h, t in _funded(tok, ments, self.lex)]
                self.paid_money(tok, ments, evidence, confidence)
            if tok.pos_ == "VERB" and _done_jointly(tok, self.lex) and not _hedged(tok, self.lex):
                doers = _arguments(tok, ments)[0]  # "A and B agreed to jointly develop a vaccine"
                self.out += [Relation(doers[0], "PARTNERS_WITH", d, {}, [evidence], confidence * 0.8)
                             for d in doers[1:] if d != doers[0]]
            self.out += [Relation(m, "MEMBER_OF", b, {}, [evidence], confidence * 0.9)
                         for m, b in self.included(tok, ments)]
            for kind, member in self.unowned_members(tok, ments):  # "the current members include A and B"
                (self.rounds if kind == "INVESTED_IN" else self.open_members).append(
                    Relation(member, kind, "", {}, [evidence], confidence * 0.8))
            self.successions += [(a, b, evidence) for a, b in self.succeeded(tok, ments)]
            self.out += [Relation(a, "REGULATES", t, {}, [evidence], confidence * 0.8)
                         for a, t in self.ordered(tok, ments)]
            self.out += [Relation(h, rel, t, {}, [evidence], confidence * 0.9) for rel, h, t in _hyphened(tok, ments)]
            self.out += [Relation(h, "PENALIZED", t, money_properties(sent.text), [evidence], confidence * 0.8)
                         for h, t in self.settled_with(tok, ments)]
            round_noun = _joined_round(tok, self.lex)
            if round_noun is not None and not _hedged(tok, self.lex):
                raised = [e for c in round_noun.children if c.dep_ == "prep" and c.lower_ in ("in", "for", "of")
                          for e in ments.in_subtree(c)]  # "led the funding round in X"
                raiser = next((a for a in round_noun.ancestors if a.pos_ == "VERB"), round_noun)
                if not raised and raiser.lemma_.lower() in self.lex.funding_verbs:
                    raised = _subjects(raiser, ments)  # "X raised $120 million in a round led by Y"
                led_by = any(c.dep_ == "agent" for c in tok.children)
                investors = [e for c in tok.children if c.dep_ == "agent" for e in ments.in_subtree(c)] if led_by \
                    else _subjects(tok, ments)
                self.out += [Relation(h, "INVESTED_IN", t, {}, [evidence], confidence) for h, t in _pairs(investors,
                                                                                                          raised)]
                self.rounds += [] if raised else [Relation(h, "INVESTED_IN", "", {}, [evidence], confidence * 0.8)
                                                  for h in investors]
            found = _trigger(tok, ments, self.lex)
            if found is None or (_hedged(tok, self.lex) and not _appositive(tok, self.lex)):
                continue
            rel_type, heads, tails = found
            if rel_type == "WORKS_FOR" and tok.lemma_.lower() in self.lex.service_verbs and heads and all(
                    self.entities[h].type == "Organization" for h in heads):
                rel_type = "SUPPLIER_OF"  # "Kite Systems has worked for the Ministry": a contractor, not staff
            if rel_type == "LEAKED":
                heads = self.unnamed_doer(tok, ments) or heads
            if rel_type == "PENALIZED":
                self.imposers.update(h for h in heads if self.entities[h].type == "Organization")
            line_end = self.text.find("\n", tok.idx) % (len(self.text) + 1)
            # "the founding members of X are A and B": they are members and founders
            extra = [self.lex.noun_modifiers[c.lower_] for c in tok.children if c.lower_ in self.lex.noun_modifiers]
            if tails and not heads and self.text[:line_end].rstrip().endswith(":"):  # "The following CEOs ...:"
                heads, representing = self.listed(sent, line_end)
                tails = [t for t in tails if any(m.entity_id == t and m.start < line_end for m in sent_mentions)]
                for t in (rel_type, *extra):
                    rels = [Relation(h, t, x, {}, [evidence], confidence) for h, x in _pairs(heads, tails)]
                    self.out += rels
                    self.on_behalf += rels if representing else []
                continue
            pairs = list(_pairs(heads, tails))
            if rel_type == "SUED" and heads and not tails:
                suits += [(h, confidence) for h in heads]
            if len(heads) > 1 and _joint(tok, self.lex):  # "A and B jointly fined X", "a joint probe by A and B"
                self.out += [Relation(heads[0], "PARTNERS_WITH", h, {}, [evidence], confidence * 0.9)
                             for h in heads[1:] if h != heads[0]]
            slot = _role_token(tok, ments, self.lex) if heads and not tails else None
            named = self.employers_named(slot, ments) if slot is not None else []
            if len(named) == 1:  # "indicted a former Acme executive", "apologised to Acme employees": Acme's
                tails = self.role_tails(slot, ments, named[0])
                pairs = list(_pairs(heads, tails))
            elif heads and not tails and rel_type in self.lex.role_types:  # each employer its own employees
                pairs = [(h, t) for h in heads if rel_type == "DISMISSED" or not self.authority(h)
                         for t in self.role_tails(slot, ments, h)]  # (an authority fining "four contractors" no staff)
            if not heads and not tails and rel_type in self.lex.role_types:  # "X said the editor had been fired"
                slot = _role_noun(next((c for c in tok.children if c.dep_ == "nsubjpass"), None), self.lex)
                orgs = [e for e in _reporters(tok, ments, self.lex) if self.entities[e].type == "Organization"]
                if slot is not None and len(orgs) == 1:
                    pairs = [(orgs[0], t) for t in self.role_tails(slot, ments, orgs[0])]
            if not heads and rel_type in self.lex.open_tail_types:  # "X said a contractor had leaked the file"
                heads = self.reported_role(tok, ments)
            if heads and not tails and rel_type in self.lex.open_tail_types:
                self.open_tails += [Relation(h, rel_type, "", {}, [evidence], confidence * 0.8) for h in heads]
                continue
            props = self.amount(sent, ments, tails) if rel_type == "PENALIZED" else {}
            settled = rel_type == "SUED" and self.settled_by_payment(tok)
            paid = money_properties(sent.text) if settled else {}
            self.out += [Relation(h, "PENALIZED", t, dict(paid), [evidence], confidence * 0.8)
                         for h, t in pairs if settled]
            if tails and not heads and rel_type in self.lex.open_head_types:
                if tok.lemma_.lower() in self.lex.court_acts:
                    continue  # "X was sentenced to 30 months": by a court the text does not name
                reporters = _reporters(tok, ments, self.lex)
                self.open_heads += [(Relation("", t_, t, dict(p), [evidence], confidence * 0.6), reporters)
                                    for t_, p in ((rel_type, props), ("PENALIZED", paid)) if t_ == rel_type or settled
                                    for t in tails]
                continue
            if rel_type == "REGULATES" and heads and not tails and _deal_object(tok, self.lex):
                self.deals += [Relation(h, rel_type, "", {}, [evidence], confidence * 0.8) for h in heads]
                continue
            if rel_type == "PENALIZED" and not props and pairs:
                props = self.following_amount(sent, [t for _, t in pairs])
            for h, t in pairs:
                own = self.nearest_amount(sent, ments, t) if rel_type == "PENALIZED" and props else {}
                self.out.append(Relation(h, rel_type, t, dict(own or props), [evidence], confidence))
                self.out += [Relation(h, x, t, {}, [evidence], confidence) for x in extra if x != rel_type]
            if rel_type == "MEMBER_OF" and any(c.lower_ == "also" for a in (tok, *tok.ancestors) for c in a.children):
                self.more_members.update(t for _, t in pairs)  # "X's members also include ..."
        confidence = base
        for p, o, role in role_relations(sent, ments, self.entities, self.role_words):
            if self.affiliation.get(p) == o:
                continue  # "an employee of Acme" is the node "Acme employee": its name says where it works
            if not o:
                self.untied.append(Relation(p, "WORKS_FOR", "", {"role": role}, [evidence], 0.5))
                continue
            self.out += post_relations(p, o, role, evidence, self.lex)
        for tok in sent:
            self.out += [Relation(h, t_, t, {}, [evidence], confidence * 0.8)
                         for h, t_, t in self.findings(tok, ments)]
            self.staff(tok, ments)
        # "the court ordered X to pay $5m, in proceedings brought by Y": Y sued the one the sentence punishes
        punished = dict.fromkeys(r.tail for r in self.out[first:] if r.type == "PENALIZED")
        self.out += [Relation(h, "SUED", t, {}, [evidence], c * 0.8) for h, c in suits for t in punished if t != h]
        self.out += appositive_relations(sent.text, sent.start_char, sent_mentions, self.entities, self.lex, evidence)

    def settled_with(self, noun: Token, ments: SentenceMentions) -> list[tuple[str, str]]:
        """"OFAC announced a $9.6 million settlement with X": an authority's settlement for money with X."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.lex.settlement_nouns or _hedged(noun, self.lex) \
                or not any(t.ent_type_ == "MONEY" or t.tag_ == "$" for t in noun.subtree):
            return []
        heads, tails = _noun_arguments(noun, ments)
        return [(h, t) for h, t in _pairs(heads, tails) if self.authority(h) and not self.authority(t)]

    def paid_money(self, pay: Token, ments: SentenceMentions, evidence: Evidence, confidence: float) -> None:
        """"X will pay $4 million to the Department of Y" (or "under a settlement with the Department", or "X
        settled with the Department for $4 million"): money paid to an authority is a penalty it imposed;
        "X will pay $12 million to resolve allegations ..., the Department said", "X must pay €20 million",
        "X was ordered to pay $5 million": imposed by whoever announces it (else the authority the text is
        about)."""
        lemma = pay.lemma_.lower()
        amounts = [c for c in pay.children if c.dep_ == "dobj" or lemma in self.lex.settlement_verbs
                   and c.dep_ == "prep" and c.lower_ == "for"]
        if lemma not in self.lex.payment_verbs | self.lex.settlement_verbs or not any(
                find_money(pay.doc[c.left_edge.i : c.right_edge.i + 1].text) for c in amounts):
            return  # an amount, whatever the model tagged it ("500,000 yuan" in a name)
        payers = _subjects(pay, ments)
        ordered = pay.dep_ in ("xcomp", "ccomp") and pay.head.lemma_.lower() in self.lex.obliging_verbs
        # "was ordered to pay", "ordered that X pay": "the court ordered X to pay", "X was ordered by the court to pay"
        givers, ordered_to = _order_parties(pay.head, ments) if ordered else ([], [])
        payers = ordered_to or payers
        props = money_properties(pay.sent.text)
        settlements = [pay] + [t for t in pay.subtree if t.lemma_.lower() in self.lex.settlement_nouns]
        to = [e for c in pay.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for e in ments.in_subtree(c)]
        settles = [c for c in pay.children
                   if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in self.lex.settlement_verbs]
        claims = [g for c in settles for g in c.children
                  if g.dep_ in OBJECT_DEPS and g.lemma_.lower() in self.lex.settled_claims]
        # "£300,000 damages to Y to settle a libel claim" (Y's suit too), "2 million euros in damages to Y"
        owed = claims or [t for c in amounts for t in c.subtree if t.lower_ in self.lex.damages_nouns]
        claimants = [e for e in to if not self.authority(e)] if owed else []
        self.out += [Relation(c, t, p, dict(props) if t == "PENALIZED" else {}, [evidence], confidence * 0.8)
                     for c, p in _pairs(claimants, payers) for t in ("PENALIZED", "SUED") if claims or t == "PENALIZED"]
        to += [e for t in settlements for c in t.children if c.dep_ == "prep" and c.lower_ == "with"
               for e in ments.in_subtree(c)]
        authorities = [e for e in to if self.authority(e)]
        self.out += [Relation(a, "PENALIZED", p, dict(props), [evidence], confidence * 0.8)
                     for a, p in _pairs(authorities, payers)]
        self.out += [Relation(g, "PENALIZED", p, dict(props), [evidence], confidence * 0.8)
                     for g, p in _pairs(givers, payers) if g != p]  # the order's giver
        if givers:
            return
        obliged = ordered or any(c.dep_ == "aux" and c.lower_ == "must" for c in pay.children)
        if payers and not to and (bool(settles) or obliged):
            reporters = _reporters(pay, ments, self.lex)
            self.open_heads += [(Relation("", "PENALIZED", p, dict(props), [evidence], confidence * 0.6), reporters)
                                for p in payers]

    def ordered(self, verb: Token, ments: SentenceMentions) -> list[tuple[str, str]]:
        """(authority, addressee) of "the Administration ordered X to rectify its practices": an authority that
        orders someone to do something rules on them (an order to pay is a penalty, read in paid_money)."""
        if verb.lemma_.lower() not in self.lex.obliging_verbs or _hedged(verb, self.lex) or not any(
                c.dep_ == "xcomp" and c.lemma_.lower() not in self.lex.payment_verbs for c in verb.children):
            return []
        givers, addressees = _order_parties(verb, ments)
        return [(a, t) for a, t in _pairs(givers, addressees) if a != t and self.authority(a)]

    def succeeded(self, verb: Token, ments: SentenceMentions) -> list[tuple[str, str]]:
        """(successor, predecessor) of "Jane Doe succeeds John Roe", "John Roe will be replaced by Jane Doe"."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex.succession_verbs or _hedged(verb, self.lex):
            return []
        successors, predecessors, _ = _arguments(verb, ments)  # in either voice
        return [(a, b) for a, b in _pairs(successors, predecessors)
                if a != b and self.is_person(a) and self.is_person(b)]

    def included(self, verb: Token, ments: SentenceMentions) -> list[tuple[str, str]]:
        """(member, body) of "the Alliance, which includes A and B", "the consortium comprises A and B", "the
        council is made up of A and B", "the Network has several industry leaders including A and B"."""
        particle = next((f"{verb.lemma_.lower()} {c.lower_}" for c in verb.children if c.dep_ == "prt"), "")
        holds = verb.lemma_.lower() in self.lex.holding_verbs
        if not ({verb.lemma_.lower(), particle} & self.lex.inclusion_verbs or holds) or _hedged(verb, self.lex):
            return []
        bodies = [e for e in (_subjects(verb, ments) or (ments.at(verb.head) if verb.dep_ == "relcl" else []))
                  if self.entities[e].type == "Organization"
                  and set(self.entities[e].name.lower().split()) & self.lex.membership_bodies]
        members = [e for c in verb.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "of"
                   for e in ments.in_subtree(c)]
        if holds:  # only a list the body's plural possession introduces, not "has a deal with A"
            members = [e for c in verb.children if c.dep_ == "dobj" and c.tag_ == "NNS" for g in c.children
                       if g.dep_ == "prep" and g.lower_ in ("including", "like") for e in ments.in_subtree(g)]
        return [(m, b) for m, b in _pairs(members, bodies) if m != b]

    def unowned_members(self, verb: Token, ments: SentenceMentions) -> list[tuple[str, str]]:
        """(type, member) of "the current members include A and B", "other investors include A": members or
        investors of no body the sentence names, so of the one the document is about (complete_members,
        complete_rounds)."""
        if verb.lemma_.lower() not in self.lex.inclusion_verbs or _hedged(verb, self.lex):
            return []
        kinds = [kind for c in verb.children if c.dep_ == "nsubj" and not any(
                 t.i in ments.by_token or t.tag_ == "PRP$" for t in _argument_tokens(c))
                 and (kind := self.lex.nouns.get(c.lemma_.lower())) in ("MEMBER_OF", "INVESTED_IN")]
        members = [e for c in verb.children if c.dep_ == "dobj" for e in ments.in_subtree(c)]
        return [(kinds[0], m) for m in members] if kinds else []

    def complete_members(self) -> None:
        """Members of no named body belong to the one body the document names most, when one stands out."""
        bodies = Counter({e: len(x.mentions) for e, x in self.entities.items() if self.has_members(e)})
        body = _leader(bodies) if self.open_members else None
        self.out += [Relation(r.head, r.type, body, {}, list(r.evidence), r.confidence)
                     for r in self.open_members if body and r.head != body]

    def is_person(self, eid: str) -> bool:
        entity = self.entities.get(eid)
        return entity is not None and entity.type == "Person"

    def court(self, eid: str) -> bool:
        """A court or tribunal by its name: it rules on suits and does not bring them."""
        entity = self.entities.get(eid)
        return entity is not None and bool(set(entity.name.lower().split()) & self.lex.court_nouns)

    def public_body(self, eid: str) -> bool:
        """An authority, or a body of the state that buys goods and services (an army, a navy, a government)."""
        entity = self.entities.get(eid)
        return self.authority(eid) or entity is not None and entity.type == "Organization" and bool(
            set(entity.name.lower().split()) & self.lex.state_words)

    def authority(self, eid: str) -> bool:
        """An organisation with an authority word in its name ("... Commission", "Department of ..."), or
        introduced by one ("the competition watchdog AGCM", "regulator ENAC", "the authority Garante")."""
        entity = self.entities.get(eid)
        if entity is None or entity.type != "Organization":
            return False
        if eid not in self.authorities:  # asked for every penalty and every candidate issuer
            words = self.lex.authority_words | self.lex.authority_descriptors
            self.authorities[eid] = bool(set(entity.name.lower().split()) & self.lex.authority_words) or any(
                (self.text[max(0, start - 30) : start].split() or [""])[-1].lower() in words
                for start, _ in entity.mentions)
        return self.authorities[eid]

    def findings(self, verb: Token, ments: SentenceMentions) -> list[tuple[str, str, str]]:
        """An authority that rules or finds that X did something has ruled on or investigated X: "the
        Commission ruled that Acme abused its position", "the watchdog found that Acme had misled customers"."""
        rel_type = self.lex.finding_verbs.get(verb.lemma_.lower())
        if rel_type is None or verb.pos_ != "VERB" or _hedged(verb, self.lex):
            return []
        heads = [e for e in _subjects(verb, ments) if self.authority(e)]
        filings = [c for c in verb.children if c.dep_ == "nsubj" and "SUED" in (
            self.lex.against_nouns.get(c.lemma_.lower()), self.lex.nouns.get(c.lemma_.lower()))]
        if not heads and filings:  # "The complaint alleges that X ...": the authority that filed it, else the one
            owners = [e for f in filings for c in f.children if c.dep_ == "poss" for e in ments.in_subtree(c)]
            heads = [e for e in owners if self.authority(e)] or ([] if owners else self.issuer())  # the text is about
        tails = [e for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in SUBJECT_DEPS
                 for e in ments.in_subtree(s)]
        return [(h, rel_type, t) for h, t in _pairs(heads, tails)]

    def amount(self, sent: Span, ments: SentenceMentions, tails: list[str]) -> dict[str, float | int | str]:
        """The sentence's amount; one stated for a counted group ("6 million yuan in fines for two
        outlets") is a total, shared equally unless the text says "each"."""
        props = money_properties(sent.text)
        counted = len(tails) > 1 and any(_count(t) == len(tails) and ments.counted(t) == tails for t in sent)
        if counted and props and not {t.lower_ for t in sent} & self.lex.each_words:
            props = {k: v / len(tails) if k.startswith("amount") else v for k, v in props.items()}
            props = {k: int(v) if isinstance(v, float) and v.is_integer() else v for k, v in props.items()}
        return props

    def nearest_amount(self, sent: Span, ments: SentenceMentions, tail: str) -> dict[str, float | int | str]:
        """Of several amounts in a sentence, the one written nearest the penalised party: "imposed fines of 69.2
        billion won on A and 30.8 billion won on B"; "A was fined €2.4 billion, and the $975 million fine on B"."""
        spots = [t.idx - sent.start_char for t in sent if ments.by_token.get(t.i) == tail]
        if not spots or len(find_money(sent.text)) < 2:
            return {}
        return money_properties(sent.text, spots[0])

    def following_amount(self, sent: Span, tails: list[str]) -> dict[str, float | int | str]:
        """The amount of a penalty stated in the next sentence of the same paragraph when that sentence
        names the penalized party again ("... a penalty payment from the supplier. The supplier must
        ... in exchange for RMB 1 million")."""
        if sent.end == len(self.doc) or "\n" in sent.text[len(sent.text.rstrip()) :]:
            return {}
        following = self.doc[sent.end].sent.text
        words = {w for t in tails if t in self.entities for w in self.entities[t].name.lower().split() if len(w) > 3}
        return money_properties(following) if any(w in following.lower() for w in words) else {}

    def settled_by_payment(self, suit: Token) -> bool:
        """"X will pay $N ... to settle a lawsuit brought by Y": the payment is Y's penalty on X."""
        verb = suit.head
        if suit.dep_ not in OBJECT_DEPS or verb.lemma_.lower() not in self.lex.settlement_verbs:
            return False
        return any(v.lemma_.lower() in self.lex.payment_verbs for v in _verb_chain(verb)[1:])

    def listed(self, sent: Span, line_end: int) -> tuple[list[str], bool]:
        """The actors in the short verbless lines after a line ending in ':', and whether they are
        officers ("The following CEOs ...:") who act for their organisations."""
        line_start = self.text.rfind("\n", 0, line_end) + 1
        subject = next((t for t in sent if t.dep_ in SUBJECT_DEPS and line_start <= t.idx < line_end), None)
        officers = subject is not None and bool({subject.lemma_.lower(), subject.lower_.rstrip("s")} & self.lex.roles)
        want = "Person" if officers else "Organization"
        text, start, found = self.text, line_end + 1, []
        while start < len(text):
            end = text.find("\n", start) % (len(text) + 1)
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and (len(span) > 15 or any(t.pos_ == "VERB" for t in span)):
                break
            found += [m.entity_id for m in self.mentions if start <= m.start < end
                      and self.entities[m.entity_id].type == want and m.entity_id not in found]
            start = end + 1
        return found, officers

    def reported_role(self, trigger: Token, ments: SentenceMentions) -> list[str]:
        """An unnamed subject ("a contractor", "an employee") of a statement an organisation reports is
        that organisation's: "Acme said a contractor had leaked the file"."""
        slot = _role_noun(next((c for c in trigger.children if c.dep_ in SUBJECT_DEPS), None), self.lex)
        if slot is None or ments.in_subtree(slot):
            return []
        orgs = [e for e in _reporters(trigger, ments, self.lex) if self.entities[e].type == "Organization"]
        return self.role_tails(slot, ments, orgs[0]) if len(orgs) == 1 else []

    def unnamed_doer(self, verb: Token, ments: SentenceMentions) -> list[str]:
        """"An Acme employee leaked ...", "... were leaked by staff at Acme": the doer is the unnamed "Acme
        employee", not Acme."""
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        slots = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] if passive \
            else [c for c in verb.children if c.dep_ == "nsubj"]
        for slot in slots:
            role = _role_noun(slot, self.lex)
            if role is None:
                continue
            orgs = self.employers_named(slot, ments)
            if len(orgs) == 1:
                return self.role_tails(role, ments, orgs[0])
        return []

    def employers_named(self, noun: Token, ments: SentenceMentions) -> list[str]:
        """The organisations a staff noun's own phrase names: "an Acme employee", "Acme's engineers", "its
        lawyers", "an attorney for Acme", "staff at Acme"."""
        return list(dict.fromkeys(
            e for c in noun.children if c.dep_ in ("compound", "poss") or c.dep_ == "prep" and c.lower_ in (
                "of", "at", "for", "from") for t in (c, *(g for g in c.children if g.dep_ == "pobj"))
            for e in (ments.at(t) or (ments.pronoun_actor(t) if c.dep_ == "poss" else []))
            if self.entities[e].type == "Organization"))

    def staff(self, noun: Token, ments: SentenceMentions) -> None:
        """"A Samsung spokeswoman said", "an attorney for Acme", "its engineers": staff named only by their role
        and employer are actors too ("Samsung spokeswoman"), wherever they appear; not a named person's title
        ("Acme spokeswoman Jane Doe", "Jane Doe, an Acme engineer"), nor a head count ("Acme has 900 engineers")."""
        if noun.pos_ != "NOUN" or noun.i in ments.by_token or self.lex.unnamed_roles.get(noun.lemma_.lower()) != \
                "Person" or noun.head.lemma_.lower() in self.lex.staffing_verbs or noun.text[:1].isupper():
            return  # a capitalised role is a title or a headline's word
        named = [c for c in noun.children if c.dep_ in ("appos", "compound") and c.i > noun.i and ments.at(c)]
        if named or noun.dep_ == "compound" or noun.dep_ in ("appos", "attr") and noun.head.i in ments.by_token or \
                noun.dep_ == "attr" and any(ments.at(c) for c in noun.head.children if c.dep_ in SUBJECT_DEPS) or \
                noun.tag_ == "NNS" and not any(c.dep_ == "nummod" for c in noun.children):
            return  # a title, "staff members" (the phrase's head is another noun), "its workers" (all of them)
        orgs = self.employers_named(noun, ments)
        if len(orgs) == 1:
            self.role_tails(noun, ments, orgs[0])

    def role_tails(self, slot: Token | None, ments: SentenceMentions, head: str) -> list[str]:
        """"<head> <role>" nodes for unnamed actors, remembered for later triggers in the sentence."""
        if slot is None or head not in self.entities:
            return []
        role = self.lex.role_names[slot.lemma_.lower()]  # "staff", "workers" and "employees" are one group
        affiliation = self.entities[head]
        type_ = self.lex.unnamed_roles[role]
        name = f"{affiliation.name} {role}"
        eid = entity_id(type_, name)
        entity = self.entities.setdefault(eid, Entity(eid, name, type_))
        words = slot.doc[slot.left_edge.i : slot.i + 1]
        first = next((t.i for t in words if t.dep_ not in ("det", "nummod", "quantmod", "predet")), slot.i)
        for surface in (words.text, slot.doc[first : slot.i + 1].text):  # "10 Acme staffers", "Acme staffers"
            if surface not in entity.aliases and surface != name:
                entity.aliases.append(surface)
        entity.mentions.append((slot.idx, slot.idx + len(slot)))
        if {t.lower_ for t in slot.doc[slot.i + 1 : slot.i + 2]} & self.lex.implicated_words:
            self.implicated.add(eid)
        ments.by_token[slot.i] = eid
        ments.unnamed.add(eid)
        self.affiliation[eid] = head
        self.introduced[eid] = [Evidence(slot.sent.text.strip(), slot.sent.start_char, slot.sent.end_char)]
        return [eid]

    def complete(self) -> None:
        """Leaks without an owner default to the leaker's organisation; apologies without addressee
        go to whoever the document's other apologies address; implied edges from the lexicon."""
        self.name_unnamed()
        works_for = {r.head: r.tail for r in self.out if r.type == "WORKS_FOR"}
        self.out += [Relation(works_for[r.head], r.type, r.tail, {}, list(r.evidence), 0.5)
                     for r in self.on_behalf if r.head in works_for]
        apologised = {r.head: r.tail for r in self.out if r.type == "APOLOGIZED_TO"}
        for r in self.open_tails:
            if r.type == "INVESTIGATED":
                continue  # below, once the penalties' heads are known
            if r.type == "LEAKED":  # an organisation apologises to the one whose material its people leaked
                org = self.affiliation.get(r.head) or works_for.get(r.head, "")
                r.tail = apologised.get(org, org)
            else:
                tails = Counter(x.tail for x in self.out if x.type == r.type)
                r.tail = tails.most_common(1)[0][0] if tails else ""
            if r.tail and r.tail != r.head:
                self.out.append(r)
        self.complete_leaks()
        self.complete_posts()
        self.complete_credits()
        self.complete_deals()
        self.complete_clients()
        self.complete_rounds()
        self.complete_members()
        self.complete_investigations()
        dismissed = {(r.head, r.tail) for r in self.out if r.type == "DISMISSED"}
        for eid, org in self.affiliation.items():
            role = self.entities[eid].name.rsplit(" ", 1)[-1]
            implied = self.lex.role_implies.get(role)
            if implied and (org, eid) not in dismissed:  # "Acme fired the employee" says where they worked
                self.out.append(Relation(eid, implied, org, {}, list(self.introduced[eid]), 0.5))
        # "Acme fired Jane Doe": she worked for Acme (an unnamed "Acme employee" says so in its name already)
        self.out += [Relation(r.tail, "WORKS_FOR", r.head, {}, list(r.evidence), r.confidence * 0.8) for r in self.out
                     if r.type == "DISMISSED" and r.tail not in self.affiliation and self.is_person(r.tail)
                     and not self.is_person(r.head) and r.head in self.entities]
        self.complete_successions()
        # "A and B formed the X Alliance", "A and B founded X. X's members also include C": the founders of a body
        # that has members are its members
        self.out += [Relation(r.head, "MEMBER_OF", r.tail, {}, list(r.evidence), r.confidence * 0.8) for r in self.out
                     if r.type == "FOUNDED" and (r.tail in self.more_members or self.has_members(r.tail))]
        stated = {(r.type, r.tail) for r in self.out}  # "the FBI investigated X": no other investigator implied
        for r in list(self.out):
            implied = self.lex.authority_implies.get(r.type, "")
            if implied and self.authority(r.head) and not self.court(r.head) and (implied, r.tail) not in stated:
                # courts rule, they do not probe
                self.out.append(Relation(r.head, implied, r.tail, {}, list(r.evidence), r.confidence * 0.8))


    def complete_successions(self) -> None:
        """"Jane Doe was named CEO of Acme. She succeeds John Roe": one who takes over a post from another, or
        hands it over, held it at the same organisation, when the text ties only one of the two to one."""
        employers: dict[str, set[str]] = {}
        for r in self.out:
            if r.type == "WORKS_FOR" or r.type == "MEMBER_OF" and self.employs(r):  # "left Acme": on its staff
                employers.setdefault(r.head, set()).add(r.tail)
        for a, b, evidence in self.successions:
            for person, other in ((a, b), (b, a)):
                if other not in employers and len(employers.get(person, ())) == 1:
                    self.out.append(Relation(other, "WORKS_FOR", next(iter(employers[person])), {}, [evidence], 0.6))

    def name_unnamed(self) -> None:
        """"Acme is suing a former employee ... The employee, Jane Doe, ...": an unnamed actor the text later
        names ("the <role>, <name>") is that person, who works for its organisation."""
        for eid, org in list(self.affiliation.items()):
            role = self.entities[eid].name.rsplit(" ", 1)[-1]
            start = self.introduced[eid][0].start
            people = {p for r, p, at in self.named_roles if r == role and at > start} or self.newly_named(eid) or {
                r.head for r in self.out if r.type == "WORKS_FOR" and r.tail == org
                and role in r.properties.get("role", "").lower().split()}  # "Acme spokesman Jane Doe" elsewhere
            if len(people) != 1:
                continue
            person = people.pop()
            for r in [*self.out, *self.open_tails, *(x for x, _ in self.open_heads)]:
                r.head, r.tail = (person if r.head == eid else r.head), (person if r.tail == eid else r.tail)
            self.out.append(Relation(person, "WORKS_FOR", org, {}, list(self.introduced[eid]), 0.6))
            del self.entities[eid], self.affiliation[eid], self.introduced[eid]
            self.implicated.discard(eid)

    def newly_named(self, eid: str) -> set[str]:
        """"Acme sued a software engineer, claiming he stole secrets. Jane Doe stole 6,000 files": the one person
        first named in the sentence after an unnamed person is introduced, when that person is named nowhere before,
        holds no title of their own there ("spokesman Jane Doe said"), and no other is named there for the first
        time."""
        end = self.introduced[eid][0].end
        after = next((s for s in self.doc.sents if s.start_char >= end), None)
        if self.entities[eid].type != "Person" or after is None:
            return set()
        titled = {r.head for r in self.out if r.type == "WORKS_FOR" and r.properties.get("role")
                  and r.evidence[0].start == after.start_char}  # not "spokesman Jane Doe said"
        titled |= {e for e, at in self.first_mentions.items() for t in after[1:]  # nor "after Chair Lei Jun"
                   if t.idx == at and {t.nbor(-1).lower_, t.nbor(-1).lemma_.lower()} & self.lex.roles}
        return {e for e, at in self.first_mentions.items()
                if after.start_char <= at < after.end_char and self.is_person(e) and e not in titled}

    @cached_property
    def first_mentions(self) -> dict[str, int]:
        """Where the text first names each actor."""
        first: dict[str, int] = {}
        for m in self.mentions:
            first[m.entity_id] = min(first.get(m.entity_id, m.start), m.start)
        return first

    def has_members(self, eid: str) -> bool:
        """An alliance, association, consortium or coalition: a body made of its members, by its name or by the
        word after it (the “Catena-X” initiative)."""
        entity = self.entities.get(eid)
        return entity is not None and bool({*entity.name.lower().split(), *(
            (self.text[end : end + 24].strip(" ”\"'’").split() or [""])[0].lower() for _, end in entity.mentions)}
            & self.lex.alliance_words)

    def story_firm(self, least: int = 1) -> str | None:
        """The organisation the text is about: no authority, named at least `least` times and more often than
        any other organisation; None when none stands out."""
        return _leader(Counter({e: len(_outer(self.entities[e].mentions)) for e in self.salience
                                if self.entities[e].type == "Organization" and not self.authority(e)}), least)

    def complete_posts(self) -> None:
        """"Chief executive Jane Doe said": a firm's post held by someone the text ties to no organisation is at
        the one firm the text is about: named most, at least three times and more often than any other, and no
        authority (a regulator's press release quotes the firms it fined)."""
        if not self.untied or any(self.authority(e) for e in self.salience):
            return
        firm = self.story_firm(least=3)
        if firm is None:
            return
        employed = {r.head for r in self.out if r.type == "WORKS_FOR"}
        for r in self.untied:
            if r.head not in employed and r.head != firm:
                r.tail = firm
                self.out.append(r)
                employed.add(r.head)

    def complete_investigations(self) -> None:
        """"The watchdog opened the investigation last year": the one it fined or sued, when the document has one;
        "After an X investigation, the court ordered A and B to pay": the ones punished in that sentence."""
        for r in (r for r in self.open_tails if r.type == "INVESTIGATED"):
            targets = Counter(x.tail for x in self.out if x.head == r.head and x.type in self.lex.authority_implies)
            target = _leader(targets)
            if target is not None and target != r.head:
                r.tail = target
                self.out.append(r)
            elif not targets and self.authority(r.head):
                here = dict.fromkeys(x.tail for x in self.out if x.type in self.lex.authority_implies
                                     and x.evidence[0].start == r.evidence[0].start and x.tail != r.head)
                self.out += [Relation(r.head, r.type, t, {}, list(r.evidence), r.confidence) for t in here]

    def issuer(self) -> list[str]:
        """The authority a press release or report is about: the organisation with an authority word in
        its name ("... Commission", "... Bureau") mentioned most, if no other such name is mentioned as
        often, else the one organisation the text has imposing penalties most ("the heaviest fine imposed by the
        CNIL", "X opted for a sanction"). "Ten firms were fined" in its text is its doing."""
        leader = _leader(Counter({e: n for e, n in self.salience.items() if self.authority(e)}) or self.imposers)
        return [leader] if leader is not None else []

    def complete_rounds(self) -> None:
        """"Existing investor X also participated in the round": X invested in the company the document's
        investments go to, when they all go to one."""
        raised = {r.tail for r in self.out if r.type == "INVESTED_IN"}
        if len(raised) == 1:
            company = raised.pop()
            self.out += [Relation(r.head, r.type, company, {}, list(r.evidence), r.confidence)
                         for r in self.rounds if r.head != company]

    def complete_clients(self) -> None:
        """"B was awarded a contract ... The Army Contracting Command is the contracting activity": an award whose
        giver the sentence leaves out was given by the public body the document mentions most (none on a tie)."""
        body = _leader(Counter({e: n for e, n in self.salience.items() if self.public_body(e)}))
        for r in self.open_clients if body is not None else []:
            if r.head != body:
                r.tail = body
                self.out.append(r)

    def complete_credits(self) -> None:
        """"(Reporting by Jane Doe; Editing by John Roe)" closing a report whose dateline names a wire service
        ("SEOUL, July 7 (Reuters) -"): the people credited work for it."""
        credits = credit_spans(self.text)
        wire = wire_service(self.text) if credits else None
        if not wire:
            return
        at = self.text.find(wire)
        eid = next((e.id for e in self.entities.values() if match_key(e.name) == match_key(wire)), None)
        if eid is None:
            eid = entity_id("Organization", wire)
            self.entities[eid] = Entity(eid, wire, "Organization", mentions=[(at, at + len(wire))])
        for start, end in credits:
            evidence = Evidence(self.text[start:end], start, end)
            people = dict.fromkeys(m.entity_id for m in self.mentions
                                   if start <= m.start < end and self.is_person(m.entity_id))
            self.out += [Relation(p, "WORKS_FOR", eid, {}, [evidence], 0.6) for p in people]

    def complete_deals(self) -> None:
        """"The authority cleared the transaction": it ruled on both parties of the acquisition named in
        the same sentence, else of the document's only acquisition."""
        deals = [r for r in self.out if r.type == "ACQUIRED"]
        for r in self.deals:
            same = [d for d in deals if d.evidence[0].start == r.evidence[0].start]
            pairs = same or (deals if len({d.key for d in deals}) == 1 else [])
            parties = dict.fromkeys(e for d in pairs for e in (d.head, d.tail) if e != r.head)
            self.out += [Relation(r.head, r.type, p, {}, list(r.evidence), r.confidence) for p in parties]

    def complete_leaks(self) -> None:
        """"X apologised over the Y data leak" and "X fired the employees involved": those employees
        leaked Y's information. A penalty or charge without a named imposer was imposed by the
        organisation that announced it ("the Office announced that X was charged", or its officer),
        else by the one whose information its tail, or the tail's people, leaked."""
        apologies = {(r.head, r.tail) for r in self.out if r.type == "APOLOGIZED_TO"}
        for eid in sorted(self.implicated):
            org = self.affiliation[eid]
            for owner in sorted(y for y in self.leak_owners if (org, y) in apologies):
                self.out.append(Relation(eid, "LEAKED", owner, {}, list(self.introduced[eid]), 0.5))
        works_for = {r.head: r.tail for r in self.out if r.type == "WORKS_FOR"}
        stated = {(x.type, x.tail, x.evidence[0].start) for x in self.out}
        for r, reporters in self.open_heads:
            if (r.type, r.tail, r.evidence[0].start) in stated:
                continue  # the sentence names who did it elsewhere ("the court ordered that X pay $5m in penalties")
            if r.type == "DISMISSED":  # "Jane Doe was fired": by her employer, whoever reports it; "CEO Jane Doe
                # was fired": by the firm the text is about
                posted = any(x.head == r.tail for x in self.untied)
                firm = self.story_firm() if posted else None
                owners = {works_for[r.tail]} if r.tail in works_for else {firm} if firm else set()
            else:
                owners = {works_for.get(e, e) for e in reporters if self.entities[e].type == "Organization"
                          or e in works_for} or {x.tail for x in self.out if x.type == "LEAKED"
                                                 and r.tail in (x.head, self.affiliation.get(x.head))}
                owners = owners or set(self.issuer())
            if len(owners) == 1 and r.tail not in owners:
                r.head = owners.pop()
                self.out.append(r)


def _leader(counts: Counter[str], least: int = 1) -> str | None:
    """The one counted most, at least `least` times and more often than any other; None on a tie."""
    top = counts.most_common(2)
    if not top or top[0][1] < least or len(top) > 1 and top[0][1] == top[1][1]:
        return None
    return top[0][0]


def _appositive(noun: Token, lex: Lexicon) -> bool:
    """"Its distributor, X, was not a party": a relation stated inside a noun phrase ("X, a supplier to Y")
    holds whatever the clause around it denies or supposes."""
    return noun.lemma_.lower() in lex.possessor_tail_nouns and (
        noun.dep_ == "appos" or any(c.dep_ == "appos" for c in noun.children))


def _handed_over(verb: Token, ments: SentenceMentions, lex: Lexicon) -> list[tuple[str, str]]:
    """(leaker, owner) of "X copied files belonging to Y and sent them to a rival", "X passed Y's design
    documents to Z", "X shared renders of Y's phone with a blog": someone else's material sent to an outsider
    is a leak."""
    sharing = verb.lemma_.lower() == "share"  # "shared X's files with a blog"
    if not any(c.dep_ in ("dative", "prep") and (c.lower_ == "to" or sharing and c.lower_ == "with")
               for c in verb.children):
        return []
    thing = next((c for c in verb.children if c.dep_ in OBJECT_DEPS), None)
    taken = verb
    if thing is not None and thing.pos_ == "PRON" and verb.dep_ == "conj":  # "... and sent them to"
        taken = verb.head
        thing = next((c for c in taken.children if c.dep_ in OBJECT_DEPS), None)
    if thing is None or thing.lemma_.lower() not in lex.secret_nouns:
        return []
    sources = [c for c in taken.children if c.dep_ == "prep" and c.lower_ == "from"]  # "downloaded files from Y"
    owners = list(dict.fromkeys(e for t in (*thing.subtree, *(t for c in sources for t in c.subtree)) for e in (
        ments.pronoun_actor(t) if t.dep_ == "poss" and t.pos_ == "PRON" else ments.at(t))))  # "its unreleased phone"
    return list(_pairs(_subjects(verb, ments), owners))


def _claim_from(verb: Token, ments: SentenceMentions, verbs: frozenset[str], nouns: frozenset[str]
                ) -> tuple[list[Token], list[str]] | None:
    """(the claim's tokens, who it comes from) when a verb of `verbs` asks money or a thing of `nouns`
    "from" someone; None otherwise."""
    if verb.lemma_.lower() not in verbs:
        return None
    subjects = {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    claim = [t for t in verb.subtree if t.i not in subjects and t != verb]
    if not any({t.lemma_.lower(), t.lower_} & nouns or t.ent_type_ == "MONEY" for t in claim):
        return None
    froms = [t for t in claim if t.dep_ == "prep" and t.lower_ == "from"]
    return claim, [e for c in froms for e in ments.in_subtree(c)]


def _funded(verb: Token, ments: SentenceMentions, lex: Lexicon) -> list[tuple[str, str]]:
    """(investor, company) of "B raised $50 million from A", "B secured funding from A and C"."""
    found = _claim_from(verb, ments, lex.funding_verbs, lex.funding_nouns)
    if found is None or any({t.lemma_.lower(), t.lower_} & (lex.compensation_nouns | lex.contract_nouns)
                            for t in found[0]):
        return []  # "received $2 million in damages from A", "won a contract from A" are no investment
    return list(_pairs(found[1], _subjects(verb, ments)))


def _demanded(verb: Token, ments: SentenceMentions, lex: Lexicon) -> list[tuple[str, str]]:
    """(claimant, payer) of a compensation demand: "A demanded 1 million yuan in compensation from B", "A seeks
    damages from B": money or damages claimed from someone are a penalty the claimant imposes."""
    found = _claim_from(verb, ments, lex.demand_verbs, lex.compensation_nouns)
    return [] if found is None else list(_pairs(_subjects(verb, ments), found[1]))


def _for_contract(verb: Token, lex: Lexicon) -> bool:
    """"... for the contract", "... for the tanker deal": a choice made for a contract."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in lex.contract_nouns | {"deal", "project", "programme", "program"}
        for g in c.children) for c in verb.children)


def _done_jointly(verb: Token, lex: Lexicon) -> bool:
    """"A and B will jointly develop ...", "worked together on ...": the verb itself says it is done together
    (a relation trigger with "jointly" is handled with its frame)."""
    return lexicon().verbs.get(verb.lemma_.lower()) is None and any(
        c.dep_ == "advmod" and c.lower_ in lex.joint_words for c in verb.children)


def _joint(trigger: Token, lex: Lexicon) -> bool:
    """The action is done together: "jointly", "together", "a joint investigation"."""
    return any(c.lower_ in lex.joint_words for a in (trigger, *trigger.ancestors)[:3] for c in a.children)


def _contract_parties(verb: Token, ments: SentenceMentions, lex: Lexicon, public: Callable[[str], bool]
                      ) -> list[tuple[str, str]]:
    """(supplier, client) pairs of a contract frame: "A awarded B a contract", "a contract was awarded by A
    to B and C", "B won a contract from A" / "B won an A contract", "A selected B to build ...". Names in
    brackets inside the recipient phrase count ("to firms in Ohio (B and C)")."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    deal = next((c for c in children
                 if c.dep_ in (*OBJECT_DEPS, "nsubjpass") and c.lemma_.lower() in lex.contract_nouns), None)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children)

    def named(deps: tuple[str, ...], preps: tuple[str, ...] = ()) -> list[str]:
        found = []
        for c in children:
            if c.dep_ in deps or (c.dep_ == "prep" and c.lower_ in preps):
                found += [e for t in c.subtree if (e := ments.by_token.get(t.i)) and e not in found]
        return found

    if lemma in lex.award_verbs and deal is not None:
        clients = named(("agent",)) if passive else _subjects(verb, ments)
        clients = clients or [e for c in deal.children if c.dep_ == "prep" and c.lower_ == "by"  # "a contract by A"
                              for e in ments.in_subtree(c)]
        clients = clients or [e for c in verb.head.children if verb.dep_ == "acl" and c.dep_ == "poss"
                              for e in ments.in_subtree(c)]  # "A's decision to award the contract to B"
        suppliers = named(("dative",), ("to", "with"))
        if passive and deal.dep_ != "nsubjpass":  # "B was awarded a contract"
            suppliers += named(("nsubjpass",))
            clients = clients or [""]  # by a body the sentence leaves unnamed: DocumentRelations.complete_clients
    elif lemma in lex.win_verbs and deal is not None and not passive:
        suppliers = _subjects(verb, ments)
        givers = [c for c in deal.children  # "a contract from A", "an A contract", "A's contract"
                  if c.dep_ in ("compound", "poss") or (c.dep_ == "prep" and c.lower_ in ("from", "with"))]
        clients = named((), ("from", "with", "by")) or [e for c in givers for e in ments.in_subtree(c)] or [
            e for t in deal.subtree if t.dep_ == "prep" and t.lower_ == "for"  # "the contract to build X for A"
            for e in ments.in_subtree(t)]
    elif lemma in lex.select_verbs and not passive and (any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in children)
                                                         or _for_contract(verb, lex)):
        clients = _subjects(verb, ments)  # "A selected B and C to transport crews", "A chose B for the deal"
        suppliers = [e for c in children if c.dep_ == "dobj" for e in ments.in_subtree(c)]
    elif lemma in lex.delivery_verbs and not [c for c in children if c.dep_ in OBJECT_DEPS | {"nsubjpass"} and (
            ments.at(c) or c.lemma_.lower() in lex.information_nouns | lex.prospect_words)]:
        # goods or services, not an actor, news or an offer ("made a takeover offer for X")
        # "B will build 179 tankers for A", "B provides services to A", "the parts were made by B for A"
        suppliers = named(("agent",)) if passive else _subjects(verb, ments)
        preps = tuple(lex.delivery_verbs[lemma])
        clients = named(("dative",), preps) or [e for c in children if c.dep_ in ("dobj", "agent") for p in c.subtree
                                                if p.dep_ == "prep" and p.lower_ in preps for e in ments.in_subtree(p)]
    elif deal is not None or _under_contract(verb, lex):
        # "A signed contracts with B and C", "B will fly crews under contracts with A": a contract between a
        # public body and a firm is the firm supplying the body
        deals = [deal] if deal is not None else [g for c in children if c.dep_ == "prep" and c.lower_ == "under"
                                                 for g in c.children if g.dep_ == "pobj"]
        partners = [e for d in deals for c in d.children if c.dep_ == "prep" and c.lower_ == "with"
                    for e in ments.in_subtree(c)]
        subjects = _subjects(verb, ments)
        suppliers, clients = (partners, subjects) if any(map(public, subjects)) else (subjects, partners)
        clients = [c for c in clients if public(c)]
    else:
        return []
    return [(s, c) for s, c in _pairs(suppliers, clients) if s not in clients]


def _under_contract(verb: Token, lex: Lexicon) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "under" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in lex.contract_nouns for g in c.children) for c in verb.children)


def _made_public(verb: Token, ments: SentenceMentions, lex: Lexicon) -> tuple[list[str], list[str]] | None:
    """(who, whose) when a verb of making public takes secret material: "X released classified documents",
    "published confidential files of Y"; None when the object is not marked secret."""
    if verb.lemma_.lower() not in lex.publish_verbs:
        return None
    thing = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lex.secret_nouns), None)
    marked = thing is not None and any(c.lower_ in lex.secrecy_words for c in thing.children
                                       if c.dep_ in ("amod", "compound"))
    if not marked:
        return None
    owners = list(dict.fromkeys(e for t in thing.subtree if (e := ments.by_token.get(t.i))))
    return _subjects(verb, ments), owners


def _joined_round(verb: Token, lex: Lexicon) -> Token | None:
    """The round of "participated in the round", "joined the financing", "led the funding round": an
    investor's share in a funding round."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.participation_verbs:
        return None
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in lex.round_nouns:
        return verb.head  # "a round led by X"
    if verb.dep_ == "advcl" and any(c.dep_ == "agent" for c in verb.children):  # "raised $1bn in a round, led by X"
        rounds = [g for c in verb.head.children if c.dep_ == "prep" for g in c.children
                  if g.dep_ == "pobj" and g.lemma_.lower() in lex.round_nouns]
        if rounds:
            return rounds[0]
    slots = [_slot(c) for c in verb.children if c.dep_ in OBJECT_DEPS or (c.dep_ == "prep" and c.lower_ == "in")]
    return next((slot for slot in slots if slot is not None and slot.lemma_.lower() in lex.round_nouns), None)


def _deal_object(verb: Token, lex: Lexicon) -> bool:
    """"cleared the transaction", "approved the deal": the object names a deal, not a party."""
    return any(c.dep_ in OBJECT_DEPS and c.lemma_.lower() in lex.deal_nouns for c in verb.children)


def _reporters(trigger: Token, ments: SentenceMentions, lex: Lexicon) -> list[str]:
    """Subjects of the reporting verb a statement hangs off: "X announced that ... charging Y"."""
    verb = next((a for a in trigger.ancestors if a.lemma_.lower() in lex.reporting_verbs), None)
    return [] if verb is None else [e for c in verb.children if c.dep_ == "nsubj" for e in ments.in_subtree(c)]


def _leak_owners(doc: Doc, ments: SentenceMentions, lex: Lexicon) -> set[str]:
    """Actors named before a leak noun in its phrase: "the Globex car design leak (incident)"."""
    owners: set[str] = set()
    for tok in doc:
        if tok.lower_ not in lex.leak_nouns or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        phrase = tok
        while phrase.dep_ == "compound" and phrase.head is not phrase:
            phrase = phrase.head
        owners |= {ments.by_token[t.i] for t in doc[phrase.left_edge.i : tok.i]
                   if t.i in ments.by_token and t.dep_ == "compound"}
    return owners


def dependency_relations(doc: Doc, mentions: list[Mention], entities: dict[str, Entity]) -> list[Relation]:
    return DocumentRelations(doc, mentions, entities).run()


def ments_in_order(mentions: list[Mention], sent: Span) -> list[Mention]:
    return [m for m in mentions if sent.start_char <= m.start < sent.end_char]


ROLE_AFTER = re.compile(
    r"^\s*(?:[,(]\s*)?(?:\d{1,3}\s*,\s*)?(?:the\s+|a\s+|an\s+|former\s+|then\s+)*"  # "Jane Doe, 41, a former ..."
    r"(?P<role>[A-Za-z .’'-]{2,50}?)\s*(?:of|at|for|,)\s+(?:the\s+)?$",
    re.I,
)
ROLE_BEFORE = re.compile(r"^\s*(?:['’]s\s+|and\s+)?(?P<role>[A-Za-z .-]{2,40}?)\s*,?\s*$", re.I)


def appositive_relations(
    text: str, offset: int, mentions: list[Mention], entities: dict[str, Entity], lex: Lexicon, evidence: Evidence
) -> list[Relation]:
    """WORKS_FOR from "Lei Jun, the CEO of Xiaomi", "Xiaomi CEO Lei Jun", "Maria Lindgren, CEO Globex"."""
    out = []
    for a, b in zip(mentions, mentions[1:], strict=False):
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
        if not _title_words(role, lex):
            continue  # "the Senate is expected to confirm General X": a clause, not a title
        if any(word in role.lower().split() or word == role.lower() for word in lex.roles):
            out += post_relations(ea.id, eb.id, role, evidence, lex)
    return out


def post_relations(person: str, org: str, role: str, evidence: Evidence, lex: Lexicon) -> list[Relation]:
    """A post at an organisation: the person works for it, and a founder founded it ("Acme co-founder Jane
    Doe"); a founder and nothing else is not counted as its staff ("co-founder and CEO of Acme" is both)."""
    words = set(re.split(r"[\s/-]+", role.lower())) - TITLE_GLUE - {"co", ""}
    founder = {r.split("-")[-1] for r in lex.founder_roles}
    out = [Relation(person, "WORKS_FOR", org, {"role": role} if role else {}, [evidence], 0.7)] \
        if not words or words - founder else []
    return out + ([Relation(person, "FOUNDED", org, {}, [evidence], 0.6)] if words & founder else [])


TITLE_GLUE = frozenset({"of", "and", "the", "for", "a", "an", "former", "then", "chief", "senior", "deputy", "vice",
                        "acting", "interim", "general", "top", "&"})


def _title_words(role: str, lex: Lexicon) -> bool:
    """A job title is capitalised words, role nouns and a few joining words: "Executive Director of
    Enforcement", "the former chief executive", never a clause ("is expected to confirm General")."""
    return all(w[:1].isupper() or w.lower() in lex.roles or w.lower() in TITLE_GLUE or "-" in w
               for w in role.split())


def _verb_forms(verb: str) -> set[str]:
    """fine -> fines, fined, fining; sue -> sued, suing; ban -> banned: whole words only, so that
    "final", "finds" or "banner" never trigger."""
    base = verb[:-1] if verb.endswith("e") else verb
    forms = {verb, verb + "s", verb + "es", base + "ed", base + "ing"}
    if len(verb) > 2 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A trigger in its inflected forms, as whole words with any particle: "work with" matches "worked
    with", never "working on". The bare form is left out: without a parser "found" is mostly "find"
    and "fine" an adjective, while news reports actions as "fined", "sues", "founded"."""
    verb, *rest = phrase.split()
    forms = sorted(_verb_forms(verb) - {verb}, key=len, reverse=True)
    particle = "".join(r"\s+" + re.escape(w) for w in rest)
    return re.compile(r"\b(" + "|".join(map(re.escape, forms)) + r")" + particle + r"\b")


def cooccurrence_relations(doc: Doc, mentions: list[Mention], entities: dict[str, Entity]) -> list[Relation]:
    """Without a parser: "A <trigger> B" in one sentence, "B was <trigger>ed by A" reversed."""
    lex = lexicon()
    out: list[Relation] = []
    triggers = [(_phrase_pattern(phrase), rel) for phrase, rel in lex.verbs.items()]
    text = doc_text(doc)
    for sent in doc.sents:
        sm = ments_in_order(mentions, sent)
        evidence = Evidence(sent.text.strip(), sent.start_char, sent.end_char)
        words = {t.lower_ for t in sent}
        if words & lex.hedges or sent.text.rstrip().endswith("?") or words & {"not", "never", "no"}:
            continue
        for a, b in zip(sm, sm[1:], strict=False):
            if a.entity_id == b.entity_id:
                continue
            between = text[a.end : b.start].lower()
            hits = [(m.start(), m.group(1), rel) for pattern, rel in triggers if (m := pattern.search(between))]
            if hits:
                _, word, rel_type = min(hits)
                passive = re.search(rf"\b(was|were|been|is|are|be)\s+{word}\s+by\b", between)
                h, t = (b, a) if passive else (a, b)
                props = money_properties(sent.text) if rel_type == "PENALIZED" else {}
                out.append(Relation(h.entity_id, rel_type, t.entity_id, props, [evidence], 0.5))
        out += appositive_relations(sent.text, sent.start_char, sm, entities, lex, evidence)
    return out
