"""Managers who approve exceptions on devices; kiosks get their PIN hashes to check PINs offline.

PINs are hashed with ``kiosk.workflow.pins`` (argon2id over an HMAC of the PIN under central's
pepper; the same module the kiosk verifies with, so the two never disagree on the format). The
pepper is kept outside the database: ``CENTRAL_PIN_PEPPER`` (hex, at least 16 bytes), else an
owner-only file (``CENTRAL_PIN_PEPPER_FILE``, by default under the user's data folder) made on
first use; devices receive it with the roster. Hashes made by older versions
(``pbkdf2_sha256$...``) are still served, and replaced when the manager's PIN is set again.

Wrong PINs are counted per manager across every kiosk (``record_attempt``): kiosks post each
miss and success, and the counts travel back with the roster, so five guesses are five for the
whole fleet, not five per kiosk.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

from sqlalchemy import or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from central.database import Database
from central.errors import AdminError
from central.models import Manager, Store
from central.models_security import ManagerPinLock
from central.ops.policies import current_policy
from kiosk.atomic_file import write_atomically
from kiosk.workflow import pins
from kiosk.workflow.clock import format_utc
from kiosk.workflow.staff import LockoutRule, PinAttempts, Role, min_pin_length

ROLES = ("manager", "supervisor", "area_manager")
PIN_HASH_FORMAT = pins.PIN_HASH_FORMAT
PEPPER_ENV, PEPPER_FILE_ENV = "CENTRAL_PIN_PEPPER", "CENTRAL_PIN_PEPPER_FILE"
#: The same rule as each kiosk's (kiosk.services.staff), counted for the whole fleet.
FLEET_LOCKOUT = LockoutRule()


def central_pepper() -> pins.Pepper:
    """Central's PIN pepper: from the environment, else from its owner-only file (made once)."""
    return _pepper(os.environ.get(PEPPER_ENV, ""), os.environ.get(PEPPER_FILE_ENV, ""))


@lru_cache(maxsize=4)
def _pepper(from_env: str, file_name: str) -> pins.Pepper:
    if from_env:
        try:
            key = bytes.fromhex(from_env.strip())
        except ValueError:
            raise AdminError(f"{PEPPER_ENV} must be hex (at least 32 hex digits)") from None
        return pins.Pepper("c-" + hashlib.sha256(key).hexdigest()[:10], key)
    path = Path(file_name) if file_name else _default_pepper_file()
    if not path.exists():
        write_atomically(path, json.dumps({"key": secrets.token_bytes(32).hex()}).encode())
    try:
        key = bytes.fromhex(json.loads(path.read_text(encoding="utf-8"))["key"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise AdminError(f"the PIN pepper file {path} cannot be read: {error}") from error
    return pins.Pepper("c-" + hashlib.sha256(key).hexdigest()[:10], key)


def _default_pepper_file() -> Path:
    data = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data) / "intake-central" / "pin-pepper.json"


def add_manager(db: Database, manager_id: str, name: str, role: str, store_id: str | None, pin: str, now: datetime,
                *, replace: bool = False, pepper: pins.Pepper | None = None, cost: pins.HashCost | None = None) -> None:
    """Add a manager (or, with ``replace``, update one, e.g. a new PIN); only the PIN's hash is kept.

    The PIN must be as long as the current policy asks of managers (``staff.min_pin_length_manager``).
    """
    if role not in ROLES:
        raise AdminError(f"role must be one of {', '.join(ROLES)}; got {role!r}")
    if not manager_id or len(manager_id) > 40:
        raise AdminError("a manager id is 1 to 40 characters")
    with db.reading() as session:
        stored = current_policy(session)
    shortest = min_pin_length(stored.document if stored else None, Role.MANAGER)
    if len(pin) < shortest:
        raise AdminError(f"a manager's PIN has at least {shortest} digits (the policy's staff.min_pin_length_manager)")
    try:
        pin_hash = pins.hash_pin(pin, pepper or central_pepper(), cost or pins.cost_from(os.environ))
    except ValueError as error:
        raise AdminError(str(error)) from error
    with db.writing() as session:
        if store_id is not None and session.get(Store, store_id) is None:
            raise AdminError(f"no store {store_id!r}")
        manager = session.get(Manager, manager_id)
        if manager is not None and not replace:
            raise AdminError(f"manager {manager_id!r} exists already (use --replace to change them)")
        if manager is None:
            manager = Manager(id=manager_id)
            session.add(manager)
        manager.name, manager.role, manager.store_id = name or manager_id, role, store_id
        manager.pin_hash, manager.active, manager.updated_at = pin_hash, True, now


def remove_manager(db: Database, manager_id: str, now: datetime) -> None:
    """Deactivate a manager: devices drop them at their next pull."""
    with db.writing() as session:
        result = session.execute(update(Manager).where(Manager.id == manager_id, Manager.active.is_(True))
                                 .values(active=False, updated_at=now))
        if result.rowcount == 0:  # type: ignore[attr-defined]
            raise AdminError(f"no active manager {manager_id!r}")


def managers_for_store(session: Session, store_id: str, now: datetime | None = None) -> list[dict[str, Any]]:
    """Active managers of the store and those of every store, with their wrong-PIN counts."""
    rows = list(session.scalars(_store_managers(store_id).order_by(Manager.id)))
    locks = _locks(session, [m.id for m in rows])
    return [{"id": m.id, "name": m.name, "role": m.role, "store_id": m.store_id, "pin_hash": m.pin_hash,
             **_lock_fields(locks.get(m.id), now)} for m in rows]


def pepper_for_devices() -> dict[str, str]:
    pepper = central_pepper()
    return {"id": pepper.id, "key": pepper.key.hex()}


def record_attempt(db: Database, store_id: str, manager_ids: Sequence[str], ok: bool,
                   now: datetime) -> list[dict[str, Any]]:
    """Count a miss (or a success, which clears an unlocked count) for managers a device of
    ``store_id`` may see; answers their counts. Each manager's row is held while it is counted."""
    with db.writing() as session:
        known = list(session.scalars(select(Manager.id).where(Manager.id.in_(list(manager_ids)[:20]))
                                     .where(Manager.active.is_(True), or_(Manager.store_id == store_id,
                                                                          Manager.store_id.is_(None)))))
        answers = []
        for manager_id in sorted(known):
            lock = _held_lock(session, manager_id, now)
            attempts = PinAttempts(lock.failures, lock.locked_until)
            if attempts.is_locked(now):
                pass  # a lock runs its course; neither a miss nor a success changes it
            elif ok:
                attempts = PinAttempts()
            else:
                attempts = attempts.failed(now, FLEET_LOCKOUT)
            lock.failures, lock.locked_until, lock.updated_at = attempts.failures, attempts.locked_until, now
            answers.append({"id": manager_id, **_lock_fields(lock, now)})
        return answers


def _store_managers(store_id: str) -> Any:
    return select(Manager).where(Manager.active.is_(True), or_(Manager.store_id == store_id,
                                                               Manager.store_id.is_(None)))


def _locks(session: Session, ids: list[str]) -> dict[str, ManagerPinLock]:
    if not ids:
        return {}
    return {lock.manager_id: lock for lock in session.scalars(select(ManagerPinLock)
                                                              .where(ManagerPinLock.manager_id.in_(ids)))}


def _lock_fields(lock: ManagerPinLock | None, now: datetime | None) -> dict[str, Any]:
    """``failures`` and ``locked_until`` (null unless a lock runs at ``now``) as devices read them."""
    until = lock.locked_until if lock is not None else None
    running = until is not None and (now is None or until > now)
    return {"failures": lock.failures if lock is not None else 0,
            "locked_until": format_utc(until) if running and until is not None else None}


def _held_lock(session: Session, manager_id: str, now: datetime) -> ManagerPinLock:
    """The manager's count row, made when missing and locked until the transaction ends."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(insert(ManagerPinLock).values(manager_id=manager_id, failures=0, locked_until=None,
                                                  updated_at=now).on_conflict_do_nothing())
    lock = session.scalar(select(ManagerPinLock).where(ManagerPinLock.manager_id == manager_id)
                          .with_for_update().execution_options(populate_existing=True))
    assert lock is not None
    return lock


def manager_listing(db: Database, now: datetime) -> list[dict[str, Any]]:
    """Every active manager with how their PIN is kept and their wrong-PIN count, for operators:
    a ``pbkdf2`` hash (an older version's) stays weak until the PIN is set again."""
    with db.reading() as session:
        rows = list(session.scalars(select(Manager).where(Manager.active.is_(True)).order_by(Manager.id)))
        locks = _locks(session, [m.id for m in rows])
    return [{"id": m.id, "name": m.name, "role": m.role, "store_id": m.store_id,
             "pin_hash": "argon2id" if pins.pepper_id_of(m.pin_hash) else "pbkdf2: set a new PIN",
             **_lock_fields(locks.get(m.id), now)} for m in rows]
