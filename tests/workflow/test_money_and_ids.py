from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.workflow.ids import InvalidReturnCode, mint_return_code, parse_return_code
from kiosk.workflow.money import CurrencyMismatch, Money, allocate, div_half_even, format_money


@pytest.mark.parametrize(
    ("numerator", "denominator", "expected"),
    [(5, 2, 2), (7, 2, 4), (-5, 2, -2), (-7, 2, -4), (1, 3, 0), (2, 3, 1), (10, 5, 2)],
)
def test_division_rounds_half_to_even(numerator: int, denominator: int, expected: int) -> None:
    assert div_half_even(numerator, denominator) == expected


def test_percent_of_money_rounds_half_even_to_the_minor_unit() -> None:
    assert Money(250, "USD").percent(1000) == Money(25, "USD")
    assert Money(125, "USD").percent(1000) == Money(12, "USD")  # 12.5 -> 12
    assert Money(135, "USD").percent(1000) == Money(14, "USD")  # 13.5 -> 14


def test_money_refuses_floats_and_mixed_currencies() -> None:
    with pytest.raises(TypeError):
        Money(1.5, "USD")  # type: ignore[arg-type]
    with pytest.raises(CurrencyMismatch):
        Money(1, "USD") + Money(1, "EUR")


def test_money_formats_for_people() -> None:
    assert format_money(Money(123456, "USD")) == "$1,234.56"
    assert format_money(Money(-300, "EUR")) == "-€3.00"
    assert format_money(Money(500, "JPY")) == "¥500"


@given(st.integers(-10**9, 10**9), st.lists(st.integers(0, 10**6), min_size=1, max_size=30))
def test_allocation_always_sums_to_the_amount(amount: int, weights: list[int]) -> None:
    parts = allocate(amount, weights)
    if sum(weights) == 0:
        assert parts == [0] * len(weights)
    else:
        assert sum(parts) == amount
        assert all(abs(p) <= abs(amount) for p in parts)


@given(st.integers(0, 2**50 - 1))
def test_every_minted_return_code_parses_back(bits: int) -> None:
    code = mint_return_code(bits)
    assert parse_return_code(code) == code
    assert parse_return_code(code.lower().replace("-", " ")) == code


def test_a_mistyped_return_code_is_caught_by_its_check_character() -> None:
    code = mint_return_code(123456789)
    body = code.replace("-", "")
    wrong = ("1" if body[3] != "1" else "2").join((body[:3], body[4:]))
    with pytest.raises(InvalidReturnCode, match="mistyped"):
        parse_return_code(wrong)


def test_return_codes_accept_look_alike_letters() -> None:
    code = mint_return_code(0)  # all zeros
    assert parse_return_code(code.replace("0", "O")) == code


def test_minted_codes_are_unique_enough() -> None:
    codes = {mint_return_code() for _ in range(5000)}
    assert len(codes) == 5000
