"""Money formats seen in press texts, written for these tests."""

from __future__ import annotations

import pytest

from graphload.extract.money import find_money, is_currency, is_scale, money_properties


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("a fine of RMB 2 million", 2_000_000, "CNY"),
        ("paid 4 million yuan", 4_000_000, "CNY"),
        ("agreed to pay $12 million", 12_000_000, "USD"),
        ("a penalty of €1.5bn", 1_500_000_000, "EUR"),
        ("a total of €12,345,000", 12_345_000, "EUR"),
        ("the ferry line was fined £42m", 42_000_000, "GBP"),
        ("a £1.2bn bill for the canal", 1_200_000_000, "GBP"),
        ("the orchard sold for A$100 million", 100_000_000, "AUD"),
        ("Maplewood Mills paid C$5 million", 5_000_000, "CAD"),
        ("a HK$3 billion claim against Tidewater Ferries", 3_000_000_000, "HKD"),
        ("Corvid Seeds settled for US$2.5 million", 2_500_000, "USD"),
        ("Lotus Looms was ordered to pay Rs 873 crore", 8_730_000_000, "INR"),
        ("a penalty of Rs. 5 crore on the dairy", 50_000_000, "INR"),
        ("a fine of ₹5 lakh for the spice trader", 500_000, "INR"),
        ("a levy of INR 1.2 lakh crore", 1_200_000_000_000, "INR"),
        ("the mill owes ₹1,20,000 in dues", 120_000, "INR"),
        ("the shipyard was fined 10.3 billion won", 10_300_000_000, "KRW"),
        ("a ₩1.2 trillion order for the shipyard", 1_200_000_000_000, "KRW"),
        ("the regulator imposed € 200 million on Bellhaven Rail", 200_000_000, "EUR"),
        ("a fine of EUR 2.4 billion", 2_400_000_000, "EUR"),
        ("EUR2.4bn for the cartel", 2_400_000_000, "EUR"),
        ("the growers were fined 3 million yuan", 3_000_000, "CNY"),
        ("Rmb2bn for the orchard network", 2_000_000_000, "CNY"),
        ("the stable paid ¥500,000", 500_000, "CNY"),
        ("a charge of JP¥800 million on the brewer", 800_000_000, "JPY"),
        ("a settlement of $919,000", 919_000, "USD"),
        ("a $200,000 civil monetary penalty", 200_000, "USD"),
        ("Gullwing Ferries paid CHF 3m", 3_000_000, "CHF"),
        ("a fine of 5 million Swiss francs", 5_000_000, "CHF"),
        ("the timber firm paid SEK 10 million", 10_000_000, "SEK"),
        ("the timber firm paid 10 million SEK", 10_000_000, "SEK"),
        ("R$ 50 milhões for the coffee exporter", 50_000_000, "BRL"),
        ("NT$5 million for the bicycle maker", 5_000_000, "TWD"),
        ("the orchard agreed to pay six million dollars", 6_000_000, "USD"),
        ("Six million dollars went to the growers", 6_000_000, "USD"),
        ("a fine of twenty-five million euros", 25_000_000, "EUR"),
        ("a fine of two hundred eighty million euros", 280_000_000, "EUR"),
        ("a million dollars for the harbour", 1_000_000, "USD"),
        ("a levy of 1.1 million euros", 1_100_000, "EUR"),
        ("a bill of 14.2 million pounds", 14_200_000, "GBP"),
        ("a fine of 5,000 won", 5_000, "KRW"),
    ],
)
def test_amount_and_currency(text: str, amount: int, currency: str) -> None:
    (money,) = find_money(text)
    assert (money.amount, money.currency) == (amount, currency)


@pytest.mark.parametrize(
    "text",
    [
        "it plans to build 250,000 cars",
        "the ferry line was founded in 2019",
        "prices in 2019 dollars rose",
        "yields rose 5% this spring",
        "under Section 5 of the harbour code",
        "call the stables on 555-123-4567",
        "shell variables use $ signs, as in $PATH or \\$1",
        "the two won the regatta",
        "Crew 3 won the regatta",
        "the jockey lost 20 pounds",
        "try 5 times before calling",
        "the USA$5 label",
        "a milestone of $1,23",
    ],
)
def test_numbers_that_are_not_money(text: str) -> None:
    assert find_money(text) == []


def test_one_letter_scale_only_written_onto_the_number() -> None:
    (money,) = find_money("Pinecrest paid $5 M&A fees")
    assert money.amount == 5


def test_first_of_several_amounts_is_the_penalty() -> None:
    text = "Harrow Orchards agreed to $1.5 million in civil penalties and $3 million in restitution."
    assert money_properties(text) == {"amount": 1_500_000, "currency": "USD"}


def test_conversion_in_brackets_is_kept() -> None:
    props = money_properties("the canal board was fined 8.026 billion yuan (about $1.2 billion) last week")
    assert props == {"amount": 8_026_000_000, "currency": "CNY", "amount_usd": 1_200_000_000}


def test_amount_before_each_is_parsed() -> None:
    props = money_properties("the two stables were fined 1 million yuan each")
    assert props == {"amount": 1_000_000, "currency": "CNY"}


def test_new_markers_and_scales_are_words_of_money() -> None:
    assert is_currency("Rs") and is_currency("won") and is_currency("HK$")
    assert is_scale("crore") and is_scale("bn") and not is_scale("m") and not is_scale("model")


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
