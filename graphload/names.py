"""Name normalisation shared by ids, comparison keys and the store-wide fold.

Legal forms ("Inc.", ", Ltd.", "Co., Ltd.", "AG") come from the cleanco library's term list, so
"Tesla, Inc.", "Tesla Inc" and "Tesla" are one name without a growing regex; people's names are
split with nameparser. Corrections to the libraries' lists are data (names.yml)."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import yaml
from cleanco.clean import custom_basename, prepare_default_terms

WORDS_PATH = Path(__file__).with_name("names.yml")


@cache
def _words() -> dict[str, frozenset[str]]:
    data = yaml.safe_load(WORDS_PATH.read_text(encoding="utf-8"))
    return {k: frozenset(str(w) for w in v) for k, v in data.items()}


@cache
def _legal_terms() -> list[tuple[int, list[str]]]:
    """cleanco's legal-form terms (longest first, as cleanco orders them), corrected by names.yml."""
    drop = _words()["not_legal_forms"]
    extra = [(len(t.split()), t.split()) for t in sorted(_words()["extra_legal_forms"])]
    terms = [t for t in prepare_default_terms() if " ".join(t[1]) not in drop] + extra
    return sorted(terms, key=lambda t: (-t[0], t[1]))


@lru_cache(maxsize=1 << 18)
def strip_legal_form(name: str) -> str:
    """The name without its trailing legal forms and their punctuation: "Huawei Technologies Co., Ltd."
    -> "Huawei Technologies". A name that is nothing but a legal form ("Company") stays as it is."""
    base, previous = name.strip(), None
    while base != previous:
        previous = base
        stripped = custom_basename(base, _legal_terms()) if len(base.split()) > 1 else base
        if not re.search(r"\w", stripped) or stripped.lower() in ("the", "&") \
                or not any(c.isupper() for c in base[len(stripped):]):
            break  # nothing left, or a description in lower case: "a Chinese company"
        base = stripped.rstrip(" ,&")
    return base


def is_legal_form(text: str) -> bool:
    """One token or a few that are only legal forms: "Inc.", "N.A.", "Co., Ltd."."""
    return any(c.isalpha() for c in text) and strip_legal_form(f"Name {text}") == "Name"


def organ_base(name: str) -> str | None:
    """"Tesla board" -> "Tesla": a lower-case organ word after a company's name (see names.yml)."""
    for organ in sorted(_words()["organ_words"], key=len, reverse=True):
        if name.endswith(" " + organ) and len(name) > len(organ) + 1:
            return name[: -len(organ) - 1].strip()
    return None


def group_base(name: str) -> str:
    """"Orsk Group Holding Limited" -> "Orsk": the name without its legal forms and the group words
    after it (names.yml), which name the same actor."""
    words = strip_legal_form(name).split()
    while len(words) > 1 and words[-1].lower() in _words()["group_words"]:
        words.pop()
    return " ".join(words)


def initials(name: str) -> set[str]:
    """The acronyms a full name may be written as: "Securities and Exchange Commission" -> {"SEC"};
    a leading country abbreviation may be left out ("U.S. Federal Maritime Commission" -> FMC, USFMC).
    Legal forms spell nothing: "Alphabet, Inc." is not "AI"."""
    skip = _words()["acronym_skip"]
    words = [w for w in re.split(r"[\s-]+", strip_legal_form(name)) if w and w.lower() not in skip and w[0].isalpha()]
    if len(words) < 2:
        return set()
    letters = [re.sub(r"[^A-Za-z]", "", w)[:1].upper() if "." not in w[:-1] else re.sub(r"[^A-Za-z]", "", w).upper()
               for w in words]
    out = {"".join(letters)}
    if "." in words[0][:-1] or words[0].isupper() and len(words[0]) <= 3:
        out.add("".join(letters[1:]))
    return {a for a in out if len(a) >= 2}


def is_acronym(name: str) -> bool:
    """"SEC", "FMC", "AGCM": one word of capitals, as used for a body named in full elsewhere."""
    return 2 <= len(name) <= 8 and name.isalpha() and name.isupper()


class PersonName(NamedTuple):
    first: str
    middle: str
    last: str


@lru_cache(maxsize=1 << 16)
def person_name(name: str) -> PersonName:
    """Case-folded parts of a person's name; a lone word is a surname ("Doe", "Ms Doe")."""
    from nameparser import HumanName  # only the store-wide fold needs it: ~30 ms off every command's start

    parsed = HumanName(name)
    first, middle, last = (p.casefold().strip(".") for p in (parsed.first, parsed.middle, parsed.last))
    if not last:
        first, last = "", first
    return PersonName(first, middle, last)


def same_person(short: PersonName, full: PersonName) -> bool:
    """`short` may name the person `full` names in more detail: the same surname, and each given name
    it has equal to full's or its initial ("J. Doe", "Jane Doe" and "Doe" all fit "Jane Q. Doe")."""
    def fits(part: str, other: str) -> bool:
        return not part or part == other or (len(part) == 1 and other.startswith(part))

    return bool(short.last) and short.last == full.last and fits(short.first, full.first) \
        and fits(short.middle, full.middle) and short != full


def name_rank(name: str) -> tuple[bool, int, int, str]:
    """Which of several names of one actor to show: written in normal case, then the fullest
    ("Tesla, Inc." over "Tesla"), then a fixed order, so the choice never depends on load order."""
    return (not name.isupper(), len(name.split()), len(name), name)
