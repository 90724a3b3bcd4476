"""Money in the shopper's language: decimal comma and symbol after the amount in Spanish and
French, thousands grouped each language's way, and never a minor unit lost on the way."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.workflow.money import MONEY_STYLES, NBSP, NNBSP, Money, exponent, format_money


@pytest.mark.parametrize(("amount", "currency", "locale", "expected"), [
    (1250, "USD", "en", "$12.50"),
    (1250, "EUR", "es", f"12,50{NBSP}€"),
    (1250, "USD", "es", f"12,50{NBSP}US$"),
    (1250, "USD", "fr", f"12,50{NBSP}$US"),
    (123456, "EUR", "fr", f"1{NNBSP}234,56{NBSP}€"),
    (123456, "EUR", "es", f"1234,56{NBSP}€"),  # Spanish groups from five digits on
    (1234567, "EUR", "es", f"12.345,67{NBSP}€"),
    (-300, "EUR", "fr_FR", f"-3,00{NBSP}€"),
    (500, "JPY", "fr", f"500{NBSP}JPY"),
    (99, "CHF", "en", "0.99 CHF"),
])
def test_each_language_writes_money_its_own_way(amount: int, currency: str, locale: str, expected: str) -> None:
    assert format_money(Money(amount, currency), locale) == expected


def test_english_is_the_default_and_the_fallback_for_unknown_languages() -> None:
    amount = Money(123456, "USD")
    assert format_money(amount) == format_money(amount, "de") == format_money(amount, "") == "$1,234.56"


CURRENCIES = st.sampled_from(["USD", "EUR", "GBP", "JPY", "CAD", "AUD", "KWD", "CHF"])


@given(amount=st.integers(min_value=-10**15, max_value=10**15), currency=CURRENCIES,
       locale=st.sampled_from(sorted(MONEY_STYLES)))
def test_the_digits_read_back_are_the_amount_with_every_minor_unit(amount: int, currency: str, locale: str) -> None:
    text = format_money(Money(amount, currency), locale)
    style = MONEY_STYLES[locale]
    number = re.sub(r"[^\d" + re.escape(style.decimal) + "]", "", text.replace(style.symbols.get(currency, currency), ""))
    units, _, minor = number.partition(style.decimal) if exponent(currency) else (number, "", "")
    assert len(minor) == exponent(currency)
    assert int(units + minor) == abs(amount)
    assert text.startswith("-") == (amount < 0)
    assert text.count(style.decimal) == (1 if exponent(currency) else 0)


def test_amounts_in_message_parameters_are_rewritten_by_the_reader_and_nothing_else_is() -> None:
    from kiosk.workflow.money import amount_params, localise_amounts

    params = {"period_days": 30, **amount_params("EUR", limit=123_456)}
    assert params["limit"] == format_money(Money(123_456, "EUR"))  # readers that know no better
    shown = localise_amounts(params, lambda amount, currency: format_money(Money(amount, currency), "fr"))
    assert shown["limit"] == format_money(Money(123_456, "EUR"), "fr") and shown["period_days"] == 30
    assert localise_amounts({"limit": "$5.00"}, lambda amount, currency: "never") == {"limit": "$5.00"}
