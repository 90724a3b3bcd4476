"""Typed identifiers and the return code (RMA) minted on the device.

A return code is 10 Crockford base32 characters of randomness (50 bits) plus one check
character (mod 37, as Crockford specifies), grouped for reading: ``K7QM-4TZ9-XH2``. It is
unique without asking the server and survives a mistyped character.
"""

from __future__ import annotations

import secrets
from typing import NewType

from kiosk.workflow.errors import KioskError

OrderNumber = NewType("OrderNumber", str)
ReturnCode = NewType("ReturnCode", str)
CaseId = NewType("CaseId", str)
LineId = NewType("LineId", str)

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_ALPHABET = ALPHABET + "*~$=U"
_DECODE = {ch: i for i, ch in enumerate(ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
_BODY_LENGTH = 10


class InvalidReturnCode(KioskError, ValueError):
    """Text that is not a well-formed return code or whose check character is wrong."""

    default_key = "return_code_unknown"


def _check_character(value: int) -> str:
    return CHECK_ALPHABET[value % 37]


def mint_return_code(random_bits: int | None = None) -> ReturnCode:
    """A new return code; pass random_bits for a deterministic one in tests."""
    value = secrets.randbits(5 * _BODY_LENGTH) if random_bits is None else random_bits
    value &= (1 << (5 * _BODY_LENGTH)) - 1
    body = "".join(ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(_BODY_LENGTH)))
    code = body + _check_character(value)
    return ReturnCode(f"{code[:4]}-{code[4:8]}-{code[8:]}")


def parse_return_code(text: str) -> ReturnCode:
    """Normalise typed or scanned text (case, dashes, O/I/L look-alikes) and verify it."""
    raw = text.strip().upper().replace("-", "").replace(" ", "")
    if len(raw) != _BODY_LENGTH + 1:
        raise InvalidReturnCode(f"a return code has {_BODY_LENGTH + 1} characters, got {len(raw)}")
    value = 0
    for ch in raw[:-1]:
        if ch not in _DECODE:
            raise InvalidReturnCode(f"{ch!r} is not used in return codes")
        value = value * 32 + _DECODE[ch]
    check = raw[-1]
    if check in ("O", "I", "L"):
        check = {"O": "0", "I": "1", "L": "1"}[check]
    if check != _check_character(value):
        raise InvalidReturnCode("the check character does not match: a character was mistyped")
    return mint_return_code(value)
