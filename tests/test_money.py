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
