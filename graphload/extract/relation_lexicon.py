"""The relation lexicon: trigger verbs and nouns, roles, hedges and signatures of relations.yml over the
WordNet-derived frames.yml, loaded once; every layer that asks which word names which relation reads it here."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Token

from .lexicon import load_lexicon

LEXICON_PATH = Path(__file__).with_name("relations.yml")
FRAMES_PATH = Path(__file__).with_name("frames.yml")  # written by scripts/build_frame_lexicon.py from WordNet


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, str]
    nouns: dict[str, str]
    roles: frozenset[str]
    hedges: frozenset[str]
    prospect_words: frozenset[str]
    conditionals: frozenset[str]
    unnamed_roles: dict[str, str]
    role_implies: dict[str, str]
    role_names: dict[str, str]
    role_types: frozenset[str]
    staffing_verbs: frozenset[str]
    court_verbs: frozenset[str]
    open_tail_types: frozenset[str]
    open_head_types: frozenset[str]
    leak_nouns: frozenset[str]
    implicated_words: frozenset[str]
    involving_verbs: frozenset[str]
    favour_nouns: frozenset[str]
    each_words: frozenset[str]
    reversed_triggers: frozenset[str]
    settlement_verbs: frozenset[str]
    settlement_nouns: frozenset[str]
    settled_claims: frozenset[str]
    damages_nouns: frozenset[str]
    price_nouns: frozenset[str]
    pact_nouns: frozenset[str]
    partnership_kinds: frozenset[str]
    employment_nouns: frozenset[str]
    obliging_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    payment_verbs: frozenset[str]
    court_acts: frozenset[str]
    noun_modifiers: dict[str, str]
    authority_words: frozenset[str]
    authority_descriptors: frozenset[str]
    described_bodies: frozenset[str]
    state_words: frozenset[str]
    authority_implies: dict[str, str]
    plural_nouns: frozenset[str]
    possessor_tail_nouns: frozenset[str]
    deal_nouns: frozenset[str]
    org_pronouns: frozenset[str]
    recipient_preps: dict[str, frozenset[str]]
    founder_roles: frozenset[str]
    participation_verbs: frozenset[str]
    succession_verbs: frozenset[str]
    service_verbs: frozenset[str]
    round_nouns: frozenset[str]
    transfer_verbs: frozenset[str]
    part_nouns: frozenset[str]
    whole_words: frozenset[str]
    contract_nouns: frozenset[str]
    joint_words: frozenset[str]
    finding_verbs: dict[str, str]
    membership_bodies: frozenset[str]
    alliance_words: frozenset[str]
    inclusion_verbs: frozenset[str]
    holding_verbs: frozenset[str]
    demand_verbs: frozenset[str]
    employer_nouns: frozenset[str]
    created_types: frozenset[str]
    denial_verbs: frozenset[str]
    intention_words: frozenset[str]
    allegation_words: frozenset[str]
    allegation_weight: float
    compensation_nouns: frozenset[str]
    funding_verbs: frozenset[str]
    against_nouns: dict[str, str]
    court_nouns: frozenset[str]
    apology_adjectives: frozenset[str]
    instrument_nouns: frozenset[str]
    corporate_titles: frozenset[str]
    receiving_verbs: frozenset[str]
    giving_verbs: frozenset[str]
    imposing_verbs: frozenset[str]
    maker_nouns: frozenset[str]
    hyphen_participles: dict[str, str]
    funding_nouns: frozenset[str]
    award_verbs: frozenset[str]
    win_verbs: frozenset[str]
    select_verbs: frozenset[str]
    delivery_verbs: dict[str, tuple[str, ...]]
    information_nouns: frozenset[str]
    government_roles: frozenset[str]
    countries: dict[str, str]
    title_bodies: dict[str, str]
    secret_nouns: frozenset[str]
    publish_verbs: frozenset[str]
    secrecy_words: frozenset[str]
    light_verbs: dict[str, frozenset[str]]
    with_light_verbs: frozenset[str]
    signatures: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]


def _unnamed_roles(data: dict[str, Any]) -> dict[str, Any]:
    """unnamed_roles maps a role word to its entity type and, optionally, the edge it implies."""
    roles = data["unnamed_roles"]
    return {"unnamed_roles": {k: v["type"] for k, v in roles.items()},
            "role_implies": {k: v["implies"] for k, v in roles.items() if v.get("implies")},
            "role_names": {k: v.get("same_as", k) for k, v in roles.items()}}


def _with_frames(data: dict[str, Any]) -> dict[str, Any]:
    """The WordNet-derived trigger verbs and nouns of frames.yml under the hand lists, which win on conflict,
    and its light-verb frames."""
    frames = yaml.safe_load(FRAMES_PATH.read_text(encoding="utf-8"))
    merged = {pos: {e["lemma"]: e["type"] for e in frames[pos]} | data[pos] for pos in ("verbs", "nouns")}
    light = {"light_verbs": {p: frozenset(v) for p, v in frames["light_verbs"].items()},
             "with_light_verbs": frozenset(frames["with_light_verbs"])}
    return {**_unnamed_roles(data), **merged, **light}


@cache
def lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    return load_lexicon(Lexicon, path, _with_frames)


def lemma_forms(tok: Token) -> list[str]:
    """The lemma and simple de-inflections: the small model lemmatises "fined" as "fin". Nouns
    only lose a plural "s" ("employees" is not "employ")."""
    return [f for f in dict.fromkeys([tok.lemma_.lower(), *word_forms(tok.lower_, tok.pos_ in ("NOUN", "PROPN"))])
            if len(f) > 2]


def word_forms(low: str, noun: bool = False) -> list[str]:
    """A lower-case word and its simple de-inflections ("announced" -> "announce"); a noun only loses a plural
    "s" (not "bank" -> "ban")."""
    if noun:
        return [low, low[:-1]] if low.endswith("s") else [low]
    return [low, low[:-1], low[:-2], low[:-3], low[:-3] + "e"]
