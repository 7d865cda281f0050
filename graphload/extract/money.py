"""Money amounts in news text -> (amount, ISO currency), keeping the text's own conversion."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CURRENCY_WORDS = {
    "rmb": "CNY", "yuan": "CNY", "cny": "CNY", "renminbi": "CNY", "¥": "CNY",
    "$": "USD", "usd": "USD", "us$": "USD", "dollar": "USD", "dollars": "USD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP",
    "hk$": "HKD", "hkd": "HKD", "won": "KRW", "yen": "JPY", "jpy": "JPY", "inr": "INR", "rupees": "INR",
    "chf": "CHF", "francs": "CHF",
}
_SCALE = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "m": 1e6, "mn": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}
_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "twenty": 20, "hundred": 100,
}

def is_currency(word: str) -> bool:
    return word.lower() in _CURRENCY_WORDS


def is_scale(word: str) -> bool:
    """"million", "bn": a number before it is an amount, not a model number."""
    return word.lower() in _SCALE and len(word) > 1


_SYMBOL = r"(?P<pre>US\$|HK\$|RMB|CNY|USD|EUR|GBP|CHF|JPY|INR|HKD|[$€£¥])"
_NUMBER = r"(?P<num>\d{1,3}(?:[,\u202f ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + "|".join(_WORD_NUMBERS) + r")"
_SCALE_RE = r"(?:\s*-?\s*(?P<scale>thousand|million|billion|trillion|mln|mn|bn|tn|[kmb])\b)?"
_POST = r"(?:\s*(?P<post>yuan|RMB|CNY|renminbi|dollars?|USD|euros?|EUR|pounds?|GBP|yen|won|rupees|francs|CHF))?"

PREFIXED_RE = re.compile(rf"{_SYMBOL}\s*{_NUMBER}{_SCALE_RE}", re.I)
SUFFIXED_RE = re.compile(rf"\b{_NUMBER}{_SCALE_RE}{_POST}", re.I)


@dataclass(frozen=True)
class Money:
    amount: float
    currency: str
    start: int
    end: int

    def as_properties(self) -> dict[str, float | int | str]:
        amount = int(self.amount) if float(self.amount).is_integer() else self.amount
        return {"amount": amount, "currency": self.currency}


def _number(text: str) -> float:
    low = text.lower()
    if low in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[low])
    return float(re.sub(r"[,\u202f ]", "", text))


def find_money(text: str) -> list[Money]:
    """Every amount with a currency in `text`; bare numbers ("300,000 vehicles") are not money."""
    found: list[Money] = []
    matches = list(PREFIXED_RE.finditer(text))
    taken = [(m.start(), m.end()) for m in matches]
    matches += [
        m for m in SUFFIXED_RE.finditer(text)
        if m.group("post") and not any(s < m.end() and m.start() < e for s, e in taken)
    ]
    for m in sorted(matches, key=lambda m: m.start()):
        groups = m.groupdict()
        marker = groups.get("pre") or groups.get("post")
        if not marker:
            continue
        if marker.lower() == "won" and not m.group("num")[0].isdigit():
            continue  # "the two won the bid": "won" is only Korean currency after digits
        currency = _CURRENCY_WORDS.get(marker.lower(), marker.upper())
        try:
            value = _number(m.group("num"))
        except ValueError:
            continue
        scale = m.group("scale")
        if scale:
            value *= _SCALE[scale.lower()]
        found.append(Money(value, currency, m.start(), m.end()))
    return found


CONVERSION_RE = re.compile(r"\b(or|about|roughly|approximately|around|equivalent|i\.e\.)\b|\(")


def money_properties(text: str) -> dict[str, float | int | str]:
    """The first amount in the text and, when the text converts it ("or roughly $150,000"),
    the conversion as amount_<currency>."""
    amounts = find_money(text)
    if not amounts:
        return {}
    first = amounts[0]
    props = first.as_properties()
    for other in amounts[1:]:
        between = text[first.end : other.start].lower()
        if other.currency != first.currency and CONVERSION_RE.search(between) and len(between) < 30:
            conv = other.as_properties()
            props[f"amount_{other.currency.lower()}"] = conv["amount"]
            break
    return props
