"""Voucher codes: minted from the return code with no central call, read back whatever way they
are typed, and any one wrong character caught."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.workflow.ids import ALPHABET, CHECK_ALPHABET, mint_return_code
from kiosk.workflow.vouchers import (
    InvalidVoucherCode,
    expiry_date,
    mint_voucher_code,
    parse_voucher_code,
    voucher_payload,
    voucher_return_code_body,
)

bits = st.integers(min_value=0, max_value=(1 << 50) - 1)
indexes = st.integers(min_value=0, max_value=9)


@settings(deadline=None)  # a loaded machine must not fail a property
@given(bits, indexes)
def test_a_minted_code_reads_back_as_itself_typed_any_way(random_bits, index):
    code = mint_voucher_code(mint_return_code(random_bits), index)
    assert parse_voucher_code(code) == code
    assert parse_voucher_code(voucher_payload(code).lower()) == code
    assert parse_voucher_code(f"  {code.replace('0', 'O').replace('1', 'I')} ") == code


@settings(deadline=None)  # a loaded machine must not fail a property
@given(bits, indexes)
def test_the_code_carries_its_case_and_its_index(random_bits, index):
    return_code = mint_return_code(random_bits)
    code = mint_voucher_code(return_code, index)
    assert code.startswith("V") and len(code) == len("VK7Q-M4TZ-9XH0-C")
    assert voucher_return_code_body(code) == return_code.replace("-", "")[:10]
    assert voucher_payload(code)[11] == str(index)


@settings(deadline=None)  # a loaded machine must not fail a property
@given(bits, indexes, st.integers(min_value=1, max_value=12), st.data())
def test_any_single_wrong_character_is_caught(random_bits, index, position, data):
    raw = voucher_payload(mint_voucher_code(mint_return_code(random_bits), index))
    alphabet = CHECK_ALPHABET if position == 12 else ALPHABET
    wrong = data.draw(st.sampled_from([ch for ch in alphabet if ch != raw[position]]))
    typo = raw[:position] + wrong + raw[position + 1:]
    with pytest.raises(InvalidVoucherCode):
        parse_voucher_code(typo)


def test_codes_of_one_case_differ_by_index_and_codes_of_two_cases_differ():
    first, second = mint_return_code(1), mint_return_code(2)
    codes = {mint_voucher_code(code, index) for code in (first, second) for index in range(10)}
    assert len(codes) == 20


@pytest.mark.parametrize("text", ["", "K7QM-4TZ9-XH2", "AK7Q-M4TZ-9XH2-C", "VK7Q-M4TZ-9XHU-C", "VK7Q-M4TZ-9X!0-C"])
def test_text_that_is_no_voucher_code_is_refused(text):
    with pytest.raises(InvalidVoucherCode):
        parse_voucher_code(text)


def test_a_case_has_at_most_ten_vouchers():
    with pytest.raises(ValueError):
        mint_voucher_code(mint_return_code(7), 10)


def test_a_voucher_expires_on_a_store_local_day():
    late_evening = datetime(2026, 12, 1, 4, 30, tzinfo=timezone.utc)  # still 30 November in New York
    assert expiry_date(late_evening, "America/New_York", 365) == date(2027, 11, 30)
    assert expiry_date(late_evening, "UTC", 365) == date(2027, 12, 1)
    assert expiry_date(late_evening, "UTC", None) is None
