"""Money formats seen in press texts, written for these tests."""

from __future__ import annotations

import pytest

from graphload.extract.money import find_money, money_properties


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("a fine of RMB 2 million", 2_000_000, "CNY"),
        ("paid 4 million yuan", 4_000_000, "CNY"),
        ("agreed to pay $12 million", 12_000_000, "USD"),
        ("a penalty of €1.5bn", 1_500_000_000, "EUR"),
        ("a total of €12,345,000", 12_345_000, "EUR"),
    ],
)
def test_amount_and_currency(text: str, amount: int, currency: str) -> None:
    (money,) = find_money(text)
    assert (money.amount, money.currency) == (amount, currency)


def test_bare_numbers_are_not_money() -> None:
    assert find_money("it plans to build 250,000 cars") == []


def test_text_conversion_is_kept() -> None:
    props = money_properties("a payment of RMB 2 million, or roughly $280,000")
    assert props == {"amount": 2_000_000, "currency": "CNY", "amount_usd": 280_000}


def test_original_currency_with_conversion_wins_over_a_headline_amount() -> None:
    from graphload.extract import Extractor
    from graphload.read import read_text
    from graphload.resolve import Gazetteer

    text = (
        "Acme Group fines Globex Corp. $300,000\n\n"
        "Acme Group fined Globex Corp. RMB 2 million, or roughly $300,000, for the delay."
    )
    x = Extractor(Gazetteer()).extract(read_text(text))
    fine = next(r for r in x.relations if r.type == "PENALIZED")
    assert fine.properties == {"amount": 2000000, "currency": "CNY", "amount_usd": 300000}


def test_penalty_amount_from_the_next_sentence_naming_the_same_party() -> None:
    from graphload.extract import Extractor
    from graphload.read import read_text
    from graphload.resolve import Gazetteer

    extractor = Extractor(Gazetteer())
    text = "Acme Group fined Initech Ltd on Monday. Initech must pay RMB 2 million, or about $300,000."
    fine = next(r for r in extractor.extract(read_text(text)).relations if r.type == "PENALIZED")
    assert fine.properties == {"amount": 2000000, "currency": "CNY", "amount_usd": 300000}
    other = "Acme Group fined Initech Ltd on Monday.\n\nInitech Ltd earned $5 million."
    assert next(r for r in extractor.extract(read_text(other)).relations if r.type == "PENALIZED").properties == {}
