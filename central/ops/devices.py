"""Stores and the devices bound to them."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import update

from central.auth import hash_token, mint_token
from central.database import Database
from central.errors import AdminError
from central.models import Device, LookupThrottle, Store


@dataclass(frozen=True)
class NewDevice:
    """A device as created: the token exists only here, once."""

    id: str
    store_id: str
    token: str


def add_store(db: Database, store_id: str, name: str, timezone_name: str, now: datetime) -> None:
    _check_id(store_id, "store id")
    try:
        ZoneInfo(timezone_name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise AdminError(f"unknown time zone {timezone_name!r}") from error
    with db.writing() as session:
        if session.get(Store, store_id) is not None:
            raise AdminError(f"store {store_id!r} exists already")
        session.add(Store(id=store_id, name=name or store_id, timezone=timezone_name, created_at=now))


def add_device(db: Database, store_id: str, name: str, now: datetime, device_id: str | None = None) -> NewDevice:
    """Register a device for a store and mint its bearer token (stored only as a hash)."""
    device_id = device_id or f"dev-{secrets.token_hex(6)}"
    _check_id(device_id, "device id")
    token = mint_token()
    with db.writing() as session:
        if session.get(Store, store_id) is None:
            raise AdminError(f"no store {store_id!r}; add it first with add-store")
        if session.get(Device, device_id) is not None:
            raise AdminError(f"device {device_id!r} exists already")
        session.add(Device(id=device_id, store_id=store_id, name=name or device_id, token_hash=hash_token(token),
                           created_at=now, revoked_at=None))
        session.flush()
        session.add(LookupThrottle(device_id=device_id, misses=0, last_miss_at=None, blocked_until=None))
    return NewDevice(device_id, store_id, token)


def revoke_device(db: Database, device_id: str, now: datetime) -> None:
    with db.writing() as session:
        result = session.execute(update(Device).where(Device.id == device_id, Device.revoked_at.is_(None))
                                 .values(revoked_at=now))
        if result.rowcount == 0:  # type: ignore[attr-defined]
            raise AdminError(f"no active device {device_id!r}")


def _check_id(value: str, what: str) -> None:
    if not value or len(value) > 40 or not all(c.isalnum() or c in "-_." for c in value):
        raise AdminError(f"a {what} is 1 to 40 letters, digits, '-', '_' or '.'; got {value!r}")
