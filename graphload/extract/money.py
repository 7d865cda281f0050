"""Money amounts in news text -> (amount, ISO currency), keeping the text's own conversion.

Currency markers, scale words and spelled-out numbers are data (money.yml). When a text states several
amounts, the first is the amount: "$1.5 million in civil penalties and $3 million in restitution" is a
$1.5 million penalty, since news states the penalty before restitution, costs or totals. A later amount
in another currency that the text introduces as a conversion ("8.026 billion yuan (about $1.2 billion)")
is kept as amount_<code>.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from .lexicon import load_lexicon


@dataclass(frozen=True)
class MoneyLexicon:
    symbols: dict[str, str]
    codes: dict[str, str]
    words: dict[str, str]
    needs_scale: frozenset[str]
    year_words: frozenset[str]
    scales: dict[str, int]
    attached_scales: dict[str, int]
    word_numbers: dict[str, int]


LEX = load_lexicon(MoneyLexicon, Path(__file__).with_name("money.yml"))
_CURRENCIES = {k.lower(): v for table in (LEX.symbols, LEX.codes, LEX.words) for k, v in table.items()}
_SCALES = {k.lower(): v for table in (LEX.scales, LEX.attached_scales) for k, v in table.items()}


def is_currency(word: str) -> bool:
    return word.lower() in _CURRENCIES


def is_scale(word: str) -> bool:
    """"million", "bn": a number before it is an amount, not a model number."""
    return word.lower() in LEX.scales


def _alternation(keys: object) -> str:
    """Longest first, so "US$" wins over "$" and "swiss francs" over "francs"."""
    return "|".join(r"\s+".join(map(re.escape, k.split())) for k in sorted(keys, key=len, reverse=True))


# 1,234,567.8 | Indian 12,34,567 | 1 234 567 | 1234.5; never the head of a longer number ("$1,23")
_DIGITS = (r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+"
           r"|\d+(?:\.\d+)?)(?![.,]?\d)")
_WORD = _alternation(LEX.word_numbers)
_SPELLED = rf"(?i:(?:{_WORD})(?:[\s-]+(?:and\s+)?(?:{_WORD}))*)(?!\w)"
_SCALE = (rf"(?:\s*-?\s*(?i:(?P<scale>{_alternation(LEX.scales)})(?:\s+(?P<scale2>{_alternation(LEX.scales)}))?)(?!\w)"
          rf"|(?i:(?P<short>{_alternation(LEX.attached_scales)}))(?!\w))?")
_CODES = rf"(?:{_alternation(LEX.codes)})"

PREFIXED_RE = re.compile(
    rf"(?<![\w$\\])(?P<pre>{_alternation(LEX.symbols)}|{_CODES})\s*(?P<num>{_DIGITS}){_SCALE}(?!\w)")
SUFFIXED_RE = re.compile(
    rf"(?<![\w.,$])(?:(?P<num>{_DIGITS})|(?P<spelled>{_SPELLED})){_SCALE}"
    rf"\s*(?P<post>(?i:{_alternation(LEX.words)})|{_CODES})(?!\w)")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class Money:
    amount: float
    currency: str
    start: int
    end: int

    def as_properties(self) -> dict[str, float | int | str]:
        amount = int(self.amount) if float(self.amount).is_integer() else self.amount
        return {"amount": amount, "currency": self.currency}


def _spelled(words: str) -> int:
    """"twenty-five" -> 25, "two hundred" -> 200, "a" -> 1."""
    total = 0
    for word in re.split(r"[\s-]+", words.lower()):
        if word != "and":
            n = LEX.word_numbers[word]
            total = total * n if n == 100 and total else total + n
    return total


def _amount(m: re.Match[str]) -> Decimal:
    num = m.group("num")
    value = Decimal(re.sub(r"[,\s]", "", num)) if num else Decimal(_spelled(m.group("spelled")))
    for scale in (m.group("scale"), m.group("scale2"), m.group("short")):
        value *= _SCALES[scale.lower()] if scale else 1
    return value


def _not_money(m: re.Match[str], text: str) -> bool:
    """A suffixed number that only looks like money: "Team 3 won", "lost 20 pounds", "in 2019 dollars",
    or a spelled number without a scale ("the two won", "two pounds")."""
    num, post = m.group("num"), m.group("post")
    scaled = bool(m.group("scale") or m.group("short"))
    if not num:
        return not scaled
    if post.lower() in LEX.needs_scale and not scaled and not re.search(r"\D", num):
        return True
    before = text[: m.start()].split()
    return not scaled and bool(_YEAR_RE.fullmatch(num)) and bool(before) and before[-1].lower() in LEX.year_words


def find_money(text: str) -> list[Money]:
    """Every amount with a currency in `text`; bare numbers ("300,000 vehicles") are not money."""
    matches = list(PREFIXED_RE.finditer(text))
    taken = [(m.start(), m.end()) for m in matches]
    matches += [m for m in SUFFIXED_RE.finditer(text)
                if not any(s < m.end() and m.start() < e for s, e in taken) and not _not_money(m, text)]
    found = []
    for m in sorted(matches, key=lambda m: m.start()):
        marker = m.group("pre") if "pre" in m.re.groupindex else m.group("post")
        currency = _CURRENCIES[re.sub(r"\s+", " ", marker).lower()]
        found.append(Money(float(_amount(m)), currency, m.start(), m.end()))
    return found


CONVERSION_RE = re.compile(r"\b(or|about|roughly|approximately|around|equivalent|i\.e\.)\b|\(")


def money_properties(text: str, near: int | None = None) -> dict[str, float | int | str]:
    """The first amount in the text (or, given a position, the stated amount nearest to it: "fines of 69.2
    billion won on A and 30.8 billion won on B") and, when the text converts it ("or roughly $150,000"), the
    conversion as amount_<currency>."""
    amounts = find_money(text)
    stated = [a for i, a in enumerate(amounts) if not i or not _converts(text, amounts[i - 1], a)]
    if not stated:
        return {}
    first = stated[0] if near is None else min(stated, key=lambda a: min(abs(a.start - near), abs(a.end - near)))
    props = first.as_properties()
    after = amounts[amounts.index(first) + 1 : amounts.index(first) + 2]
    if after and _converts(text, first, after[0]):
        props[f"amount_{after[0].currency.lower()}"] = after[0].as_properties()["amount"]
    return props


def _converts(text: str, first: Money, other: Money) -> bool:
    """`other` restates `first` in another currency ("RMB 1 million, or roughly $150,000")."""
    between = text[first.end : other.start].lower()
    return other.currency != first.currency and bool(CONVERSION_RE.search(between)) and len(between) < 30
