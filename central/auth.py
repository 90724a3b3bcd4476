"""Device bearer tokens: minted once, shown once, kept only as a hash.

A token carries 256 bits from ``secrets``, so a plain sha256 is enough to keep a stolen
database from yielding usable tokens (slow hashing guards guessable secrets, which these are
not), and lets the server find the device with one indexed lookup per request.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import bindparam, select

from central.context import Context
from central.errors import Unauthorized
from central.models import Device

TOKEN_PREFIX = "kc_"

_DEVICE_BY_TOKEN = select(Device.id, Device.store_id).where(Device.token_hash == bindparam("token_hash"),
                                                           Device.revoked_at.is_(None))

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


def current_device(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
    context: Context,
) -> DeviceIdentity:
    """FastAPI dependency: the authenticated device, or 401 (one indexed read, on a worker thread)."""
    if credentials is None or not credentials.credentials:
        raise Unauthorized()
    token = credentials.credentials
    if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        raise Unauthorized("the bearer token is not a device token")
    row = context.db.read_one(_DEVICE_BY_TOKEN, {"token_hash": hash_token(token)})
    if row is None:
        raise Unauthorized("the bearer token is unknown or revoked")
    return DeviceIdentity(row.id, row.store_id)


#: Handler parameter type for the authenticated device.
CurrentDevice = Annotated[DeviceIdentity, Depends(current_device)]
