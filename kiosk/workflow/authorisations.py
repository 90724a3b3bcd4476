"""Return authorisations: returns a shopper started online and drops off at a kiosk (issue 18).

An authorisation code is "A" + 10 Crockford base32 random characters + one mod-37 check
character computed over the whole (the "A" included), grouped by four for reading:
``AK7Q-M4TZ-9XH2``. Its QR code carries ``INTAKE-RA:<code without dashes>``. Central mints
it; the kiosk reads it typed or scanned, pulls its store's open ones with the sync (so a
drop-off works offline) and asks central for the others.

Whether a drop-off may go ahead is decided here, from the authorisation alone; whether its
items may still be returned is decided again by kiosk.workflow.eligibility at drop-off time.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Mapping, NewType

from kiosk.workflow.clock import format_utc, parse_utc
from kiosk.workflow.errors import KioskError
from kiosk.workflow.ids import ALPHABET, CHECK_ALPHABET

AuthorisationCode = NewType("AuthorisationCode", str)

PREFIX = "A"
QR_PREFIX = "INTAKE-RA:"
_BODY_LENGTH = 10
_DECODE = {ch: i for i, ch in enumerate(ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
_LOOKALIKES = {"O": "0", "I": "1", "L": "1"}
#: "A" + 10 random + check; one more random character is read too (a longer code minted centrally)
_LENGTHS = (_BODY_LENGTH + 2, _BODY_LENGTH + 3)

#: statuses of an authorisation, in the order they are reached (or expired)
AUTHORISED, DROPPED_OFF, RECEIVED, REFUNDED, EXPIRED = "authorised", "dropped_off", "received", "refunded", "expired"
STATUSES = (AUTHORISED, DROPPED_OFF, RECEIVED, REFUNDED, EXPIRED)


class InvalidAuthorisationCode(KioskError, ValueError):
    """Text that is not a well-formed authorisation code, or whose check character is wrong."""

    default_key = "authorisation_code_invalid"


class DropoffRefused(KioskError):
    """This authorisation cannot be dropped off here now; the key says why and what to do."""

    default_key = "authorisation_unknown"


def _check(value: int) -> str:
    return CHECK_ALPHABET[value % 37]


def _value(chars: str) -> int:
    value = 0
    for ch in chars:
        value = value * 32 + _DECODE[ch]
    return value


def mint_authorisation_code(random_bits: int | None = None) -> AuthorisationCode:
    """A new code; pass random_bits for a deterministic one in tests."""
    value = secrets.randbits(5 * _BODY_LENGTH) if random_bits is None else random_bits
    value &= (1 << (5 * _BODY_LENGTH)) - 1
    body = PREFIX + "".join(ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(_BODY_LENGTH)))
    return format_code(body + _check(_value(body)))


def format_code(raw: str) -> AuthorisationCode:
    """``AK7QM4TZ9XH2`` grouped by four for reading: ``AK7Q-M4TZ-9XH2``."""
    return AuthorisationCode("-".join(raw[i:i + 4] for i in range(0, len(raw), 4)))


def parse_authorisation_code(text: str) -> AuthorisationCode:
    """Normalise typed or scanned text (case, dashes, spaces, O/I/L, the QR prefix) and verify it."""
    raw = text.strip()
    if raw.upper().startswith(QR_PREFIX):
        raw = raw[len(QR_PREFIX):]
    raw = raw.upper().replace("-", "").replace(" ", "")
    if len(raw) not in _LENGTHS or raw[0] != PREFIX:
        raise InvalidAuthorisationCode(f"an authorisation code is A and {_BODY_LENGTH + 1} more characters")
    body = PREFIX + "".join(_LOOKALIKES.get(ch, ch) for ch in raw[1:-1])
    if any(ch not in _DECODE for ch in body):
        raise InvalidAuthorisationCode("a character is not used in authorisation codes")
    check = _LOOKALIKES.get(raw[-1], raw[-1])
    if check != _check(_value(body)):
        raise InvalidAuthorisationCode("the check character does not match: a character was mistyped")
    return format_code(body + check)


def qr_payload(code: str) -> str:
    """What the authorisation's QR code carries."""
    return QR_PREFIX + parse_authorisation_code(code).replace("-", "")


def is_authorisation_payload(text: str) -> bool:
    return text.strip().upper().startswith(QR_PREFIX)


@dataclass(frozen=True)
class AuthorisedLine:
    """An order line the shopper chose online, with their reason and the item's barcode."""

    line_id: str
    sku: str
    title: str
    quantity: int
    reason_code: str
    condition: str | None = None
    gtin: str | None = None
    image_url: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AuthorisedLine:
        return cls(str(data["line_id"]), str(data["sku"]), str(data["title"]), int(data["quantity"]),
                   str(data.get("reason_code") or ""), data.get("condition"), data.get("gtin") or None,
                   data.get("image_url") or None)

    def to_dict(self) -> dict[str, Any]:
        return {"line_id": self.line_id, "sku": self.sku, "title": self.title, "quantity": self.quantity,
                "reason_code": self.reason_code, "condition": self.condition, "gtin": self.gtin,
                "image_url": self.image_url}


@dataclass(frozen=True)
class Authorisation:
    """A return started online, as central sends it (contract: "Return authorisations")."""

    code: AuthorisationCode
    status: str
    order_number: str
    store_id: str | None
    created_at: datetime
    expires_at: datetime
    currency: str
    resolution: str
    lines: tuple[AuthorisedLine, ...]
    #: fields of a newer central, kept so the cached copy loses nothing
    unknown_fields: Mapping[str, Any] = field(default_factory=dict, hash=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Authorisation:
        """Raises KeyError, TypeError or ValueError when the document cannot be read."""
        lines = tuple(AuthorisedLine.from_dict(line) for line in data["lines"])
        if not lines or data["status"] not in STATUSES:
            raise ValueError("an authorisation needs lines and a known status")
        known = {"code", "status", "order_number", "store_id", "created_at", "expires_at", "currency",
                 "resolution", "lines"}
        return cls(parse_authorisation_code(str(data["code"])), data["status"], str(data["order_number"]),
                   data.get("store_id"), parse_utc(data["created_at"]), parse_utc(data["expires_at"]),
                   str(data["currency"]), str(data["resolution"]), lines,
                   {k: v for k, v in data.items() if k not in known})

    def to_dict(self) -> dict[str, Any]:
        return {**self.unknown_fields, "code": self.code, "status": self.status, "order_number": self.order_number,
                "store_id": self.store_id, "created_at": format_utc(self.created_at),
                "expires_at": format_utc(self.expires_at), "currency": self.currency,
                "resolution": self.resolution, "lines": [line.to_dict() for line in self.lines]}

    def line(self, line_id: str) -> AuthorisedLine:
        for line in self.lines:
            if line.line_id == line_id:
                return line
        raise KeyError(f"authorisation {self.code} has no line {line_id!r}")


def check_dropoff(authorisation: Authorisation | None, now: datetime) -> Authorisation:
    """The authorisation, when it can be dropped off now; otherwise DropoffRefused saying why."""
    if authorisation is None:
        raise DropoffRefused("no such authorisation", key="authorisation_unknown")
    if authorisation.status in (DROPPED_OFF, RECEIVED, REFUNDED):
        raise DropoffRefused("already dropped off", key="authorisation_dropped_off")
    if authorisation.status == EXPIRED or now >= authorisation.expires_at:
        raise DropoffRefused("the authorisation has expired", key="authorisation_expired")
    return authorisation
