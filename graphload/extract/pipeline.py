"""Build the spaCy pipeline: gazetteer EntityRuler ahead of a statistical model when one is installed."""

from __future__ import annotations

import logging
import re
from functools import lru_cache

import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex

from ..resolve import Gazetteer
from .datelines import datelines
from .language import languages
from .relation_lexicon import lexicon, word_forms

log = logging.getLogger(__name__)

# English: the official model first, then its unmodified PyPI re-upload (see DESIGN.md, languages.yml).
DEFAULT_MODELS = tuple(languages()["en"]["models"])
_warned = False


def load_model(model: str | None, defaults: tuple[str, ...] = DEFAULT_MODELS) -> Language | None:
    """The named model, or the first default that is installed; None when there is none."""
    names = (model,) if model else defaults
    for name in names:
        if name in ("none", "blank", ""):
            return None
        try:
            return spacy.load(name)
        except OSError:
            continue
    return None


def doc_text(doc: Doc) -> str:
    """Doc.text joins every token on each access: read it once per document."""
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return doc.user_data["text"]


# A line ending in one of these continues on the next line (hard-wrapped prose, not a title).
CONTINUING = frozenset(",;(-–—&/") | {"and", "or", "of", "the", "a", "an", "to", "in", "for", "with", "by", "on", "at",
                                        "from", "as", "that", "than"}


@Language.component("line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """Blank lines and title lines end sentences: a headline without a full stop would otherwise run
    into the first paragraph and its names would share one sentence. Runs before the parser,
    which keeps boundaries set earlier. Inside a line a sentence never starts right after a word: the
    parser would otherwise cut "Norrland | Energy said ..." after a first name it misreads, or after a colon."""
    starts = doc.to_array([SENT_START]).astype("int64")  # set at once: each is_sent_start write rescans the Doc
    opened = {end for _, end in datelines(doc.text)}  # "BERLIN, June 24 (Reuters) - Germany's cartel office ..."
    for tok in doc[1:-1]:
        if "\n" not in tok.text and "\n" not in tok.whitespace_:
            if tok.idx + len(tok) in opened or tok.idx + len(tok.text_with_ws) in opened:
                starts[tok.i + 1] = 1  # the report starts after its dateline
                if tok.i + 2 < len(doc) and doc[tok.i + 1].text.endswith(".") and len(doc[tok.i + 1]) <= 5:
                    starts[tok.i + 2] = -1  # "—U.S. Attorney X announced": an abbreviation, not a sentence
            elif tok.is_alpha or tok.text == ":":  # a colon introduces its list: "fined three firms: A, B and C"
                starts[tok.i + 1] = -1
            continue
        nxt = doc[tok.i + 1]
        last = tok if "\n" in tok.whitespace_ else doc[tok.i - 1]
        blank = (tok.text + tok.whitespace_).count("\n") > 1
        if blank or (last.lower_ not in CONTINUING and (nxt.text[:1].isupper() or not nxt.text[:1].isalnum())):
            starts[nxt.i] = 1
    doc.from_array([SENT_START], starts.astype("uint64"))
    return doc


# Words a title-case line leaves in lower case; one besides "and"/"or" marks a headline, not a list of names.
MINOR_WORDS = frozenset({"a", "an", "the", "of", "for", "to", "in", "on", "at", "by", "with", "from", "as", "and",
                         "or", "vs", "over", "after", "into"})
WORD_RE = re.compile(r"[^\W\d_][\w’'-]*")


def title_case(line: str) -> bool:
    """A headline in title case ("Firm Fined for Leaking Secrets"): every word capitalised but the minor
    ones; style guides capitalise those of four letters or more too ("Sues Rival Over Patents")."""
    words = WORD_RE.findall(line)
    content = [w for w in words if w.lower() not in MINOR_WORDS]
    minor = {w for w in words if w in MINOR_WORDS or (w.lower() in MINOR_WORDS and len(w) > 3)} - {"and", "or"}
    if len(content) < 4 or not all(w[0].isupper() for w in content):
        return False
    return bool(minor) or (not line.rstrip().endswith(".") and _states(tuple(w.lower() for w in content[1:])))


@lru_cache(maxsize=1024)
def _states(words: tuple[str, ...]) -> bool:
    """A relation or reporting verb among a line's words ("A and B Announce Partnership"): a headline, not a
    list of names, even with no minor word in lower case."""
    lex = lexicon()
    return any(f in lex.verbs or f in lex.reporting_verbs for w in words for f in word_forms(w) if len(f) > 2)


class HeadlineCase:
    """Title case hides which words are names ("CCTV Exposes Unblurred Espionage Case" is one ORG to
    the model), so NER reads each title-case line again in sentence case: words stay capitalised only
    when they are acronyms, hold digits, or are capitalised inside running text of the document."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        tables = getattr(lemmatizer, "lookups", None)
        index = tables.get_table("lemma_index") if tables and tables.has_table("lemma_index") else {}
        self.dictionary = frozenset(w for words in index.values() for w in words)
        # mentions ask it of a lone capitalised word opening a sentence: "Tencent acquired", not "Regulators fined"
        Token.set_extension("common_word", getter=lambda tok: self.common(tok.lower_), force=True)

    def __call__(self, doc: Doc) -> Doc:
        lines, offset = [], 0
        for line in doc_text(doc).split("\n"):
            if title_case(line):
                lines.append((offset, line))
            offset += len(line) + 1
        if not lines:
            return doc
        in_text = self.names_in_text(doc, lines)
        ents = list(doc.ents)
        for start, line in lines:
            ents = self.reread(doc, start, line, in_text, ents)
        doc.ents = ents
        return doc

    def names_in_text(self, doc: Doc, lines: list[tuple[int, str]]) -> set[str]:
        """Words that running text outside the headlines capitalises as names: the first word of an
        entity the model found there, or a capitalised word mid-sentence that no dictionary knows
        ("Kestrel", not the "Research" of "Research Park")."""
        ranges = [(s, s + len(line)) for s, line in lines]

        def outside(tok: Token) -> bool:
            return not any(s <= tok.idx < e for s, e in ranges)

        starts = {e[0].text for e in doc.ents if outside(e[0])}
        return starts | {t.text for t in doc if t.is_title and not t.is_sent_start and outside(t)
                         and not self.common(t.lower_)}

    def common(self, word: str) -> bool:
        """In the lemmatizer's word lists (nouns, verbs, adjectives, adverbs of general English)."""
        return any(form in self.dictionary for form in (word, word[:-1], word[:-2]))

    def reread(self, doc: Doc, start: int, line: str, in_text: set[str], ents: list[Span]) -> list[Span]:
        first = True

        def case(m: re.Match[str]) -> str:
            nonlocal first
            word, keep, first = m.group(), first, False
            return word if keep or word in in_text or not word[1:].islower() else word.lower()

        lowered = WORD_RE.sub(case, line)
        if len(lowered) != len(line):
            return ents
        reread = self.nlp.make_doc(lowered)
        for name, component in self.nlp.pipeline:
            if name in MODEL_COMPONENTS:
                reread = component(reread)
        self.regrammar(doc, start, reread)
        end = start + len(line)
        kept = [e for e in ents if not (start <= e.start_char < end)]
        new = [doc.char_span(start + e.start_char, start + e.end_char, label=e.label_) for e in reread.ents]
        return kept + [s for s in new if s is not None]


    @staticmethod
    def regrammar(doc: Doc, start: int, reread: Doc) -> None:
        """Give the headline's tokens the tags, lemmas and parse of its sentence-case reading ("Regulator
        Fines Acme" parses as a compound noun in title case, as a verb with its object in sentence case),
        when both readings tokenise alike and the headline's parse is a tree of its own."""
        span = doc.char_span(start, start + len(reread.text), alignment_mode="strict")
        if span is None or len(span) != len(reread) or any(
                a.lower_ != b.lower_ for a, b in zip(span, reread, strict=True)):
            return
        copy_grammar(doc, span, reread)


def copy_grammar(doc: Doc, span: Span, reread: Doc) -> None:
    """Put the tags, lemmas and parse of `reread` (the same tokens read another way) on `span`, when the span's
    parse is a tree of its own, so that the rest of the document keeps its own."""
    inside = range(span.start, span.end)
    if any((t.i in inside) != (t.head.i in inside) for t in doc if not t.is_space):
        return
    attrs = [TAG, POS, DEP, HEAD, LEMMA, MORPH]
    array = doc.to_array(attrs)
    array[span.start : span.end] = reread.to_array(attrs)
    doc.from_array(attrs, array)


MODEL_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
# Currency names that are also verbs, and a currency of the same length that is not, to parse the sentence with:
# in "imposed a fine of 21.3 billion won on X" the model reads "won" as the verb "win" and hangs "on X" on it.
VERB_CURRENCIES = {"won": "yen"}


class CurrencyWords:
    """Sentences where an amount is followed by a currency name that is also a verb are parsed again with a
    currency that is not, and get that parse (the text, and so every offset and evidence, stays as written)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        for sent in list(doc.sents):
            hits = [t for t in sent if t.lower_ in VERB_CURRENCIES and t.i > sent.start and doc[t.i - 1].like_num]
            if not hits:
                continue
            text = sent.text
            for t in reversed(hits):
                at = t.idx - sent.start_char
                text = text[:at] + _same_case(VERB_CURRENCIES[t.lower_], t.text) + text[at + len(t) :]
            reread = self.nlp.make_doc(text)
            for name, component in self.nlp.pipeline:
                if name in MODEL_COMPONENTS and name != "ner":
                    reread = component(reread)
            if len(reread) != len(sent) or sum(1 for t in reread if t.dep_ == "ROOT") != 1:
                continue
            copy_grammar(doc, sent, reread)
            for t in hits:
                doc[t.i].lemma_ = t.lower_
        return doc


def _same_case(word: str, like: str) -> str:
    return word.upper() if like.isupper() else word.title() if like.istitle() else word


@Language.factory("currency_words")
def make_currency_words(nlp: Language, name: str) -> CurrencyWords:
    return CurrencyWords(nlp)


@Language.factory("headline_case")
def make_headline_case(nlp: Language, name: str) -> HeadlineCase:
    return HeadlineCase(nlp)


def _keep_prefixes(nlp: Language, prefixes: list[str]) -> None:
    """"co-founded", "Co-Founder" stay one token: split, the parser reads "co" as a noun and loses the verb."""
    if not prefixes:
        return
    pattern = re.compile(rf"(?i)^(?:{'|'.join(map(re.escape, prefixes))})-[a-z]+$")
    default = nlp.tokenizer.token_match  # type: ignore[attr-defined]
    nlp.tokenizer.token_match = lambda text: pattern.match(text) or (default(text) if default else None)  # type: ignore[attr-defined]


def _split_dashes(nlp: Language) -> None:
    """A double dash glued to its neighbours is its own token: "(Jiji Press)--Japan's Fair Trade Commission",
    "Mass.--(BUSINESS WIRE)--Acme Inc." (whole, the name and the wire service are one word)."""
    infixes = [*nlp.Defaults.infixes, r"\)(?=--)", r"--+", r"(?<=--)\("]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[attr-defined]


def build_nlp(
    gazetteer: Gazetteer, model: str | None = None, defaults: tuple[str, ...] = DEFAULT_MODELS, language: str = "en"
) -> tuple[Language, bool]:
    """Return (pipeline, has_statistical_model). Without a model we still tag gazetteer names
    and split sentences, and say so once."""
    global _warned
    nlp = load_model(model, defaults)
    has_model = nlp is not None
    if nlp is None:
        if not _warned:
            if model in ("none", "blank", ""):
                log.warning("statistical model off (--model %s): gazetteer names and word-order rules only", model)
            else:
                log.warning("no spaCy model installed (tried %s): using gazetteer names and word-order rules only",
                            ", ".join((model,) if model else defaults))
            _warned = True
        nlp = spacy.blank(language)
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("line_sentences")
    else:
        nlp.add_pipe("line_sentences", before="parser" if "parser" in nlp.pipe_names else None)
    _keep_prefixes(nlp, languages().get(language, {}).get("unsplit_prefixes", []))
    _split_dashes(nlp)
    patterns = gazetteer.patterns()
    if patterns:  # an empty ruler would warn on every document
        ruler_opts = {"phrase_matcher_attr": "LOWER", "overwrite_ents": True}
        ruler = nlp.add_pipe("entity_ruler", after="ner" if "ner" in nlp.pipe_names else None, config=ruler_opts)
        ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    if has_model and "ner" in nlp.pipe_names:
        nlp.add_pipe("headline_case", after="ner")  # before the gazetteer, which has the last word
    if has_model and "parser" in nlp.pipe_names:
        nlp.add_pipe("currency_words", after="headline_case" if "headline_case" in nlp.pipe_names else "parser")
    return nlp, has_model
