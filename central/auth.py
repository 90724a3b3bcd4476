"""Device bearer tokens: minted once, shown once, kept only as a hash.

A token carries 256 bits from ``secrets``, so a plain sha256 is enough to keep a stolen
database from yielding usable tokens (slow hashing guards guessable secrets, which these are
not), and lets the server find the device with one indexed lookup per request.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Annotated, cast

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine, String, Table, any_, bindparam, select
from sqlalchemy.dialects.postgresql import ARRAY

from central.errors import Unauthorized
from central.loop_reads import LoopLookup
from central.models import Device

TOKEN_PREFIX = "kc_"

_devices = cast(Table, Device.__table__)
_DEVICE_BY_TOKEN = select(_devices.c.id, _devices.c.store_id).where(
    _devices.c.token_hash == bindparam("key"), _devices.c.revoked_at.is_(None))
_DEVICES_BY_TOKENS = select(_devices.c.token_hash, _devices.c.id, _devices.c.store_id).where(
    _devices.c.token_hash == any_(bindparam("keys", type_=ARRAY(String))), _devices.c.revoked_at.is_(None))


def device_lookup(engine: Engine) -> LoopLookup:
    """The lookup ``current_device`` uses; the app keeps one (see central.loop_reads)."""
    return LoopLookup(engine, _DEVICE_BY_TOKEN, _DEVICES_BY_TOKENS)

bearer_scheme = HTTPBearer(
    auto_error=False,
    scheme_name="DeviceToken",
    description="Per-device token printed once by `kiosk-central add-device STORE`; bound to that store.",
)


@dataclass(frozen=True)
class DeviceIdentity:
    """The device making a request and the store its token is bound to."""

    id: str
    store_id: str


def mint_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


async def current_device(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
    request: Request,
) -> DeviceIdentity:
    """FastAPI dependency: the authenticated device, or 401.

    The lookup is one indexed read on the event loop's own connection (see central.loop_reads).
    """
    if credentials is None or not credentials.credentials:
        raise Unauthorized()
    token = credentials.credentials
    if not is_device_token(token):
        raise Unauthorized("the bearer token is not a device token")
    device = await device_of(request, token)
    if device is None:
        raise Unauthorized("the bearer token is unknown or revoked")
    return device


def is_device_token(token: str) -> bool:
    """Whether ``token`` has a device token's form (worth a lookup at all)."""
    return token.startswith(TOKEN_PREFIX) and len(token) <= 200


async def device_of(request: Request, token: str) -> DeviceIdentity | None:
    """The device a token belongs to, or None when it is unknown or revoked."""
    devices: LoopLookup = request.app.state.devices  # read here, not as a dependency: every request runs this
    row = await devices.get(hash_token(token))
    if row is None:
        return None
    device_id, store_id = row
    return DeviceIdentity(device_id, store_id)


#: Handler parameter type for the authenticated device.
CurrentDevice = Annotated[DeviceIdentity, Depends(current_device)]
