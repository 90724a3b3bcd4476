"""Managers who approve exceptions on devices; kiosks get their PIN hashes to check PINs offline.

PINs are hashed with ``kiosk.workflow.pins`` (PBKDF2-SHA256, per-PIN salt, format
``pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>``), the same module the kiosk verifies
with, so the two can never disagree on the format.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from central.database import Database
from central.errors import AdminError
from central.models import Manager, Store
from kiosk.workflow import pins

ROLES = ("manager", "supervisor", "area_manager")
PIN_HASH_FORMAT = f"{pins.ALGORITHM}$<iterations>$<salt hex>$<hash hex>"


def add_manager(db: Database, manager_id: str, name: str, role: str, store_id: str | None, pin: str, now: datetime,
                *, replace: bool = False, iterations: int = pins.DEFAULT_ITERATIONS) -> None:
    """Add a manager (or, with ``replace``, update one, e.g. a new PIN); only the PIN's hash is kept."""
    if role not in ROLES:
        raise AdminError(f"role must be one of {', '.join(ROLES)}; got {role!r}")
    if not manager_id or len(manager_id) > 40:
        raise AdminError("a manager id is 1 to 40 characters")
    try:
        pin_hash = pins.hash_pin(pin, iterations=iterations)
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


def managers_for_store(session: Session, store_id: str) -> list[dict[str, Any]]:
    """Active managers of the store and those of every store."""
    rows = session.scalars(select(Manager).where(Manager.active.is_(True),
                                                 or_(Manager.store_id == store_id, Manager.store_id.is_(None)))
                           .order_by(Manager.id))
    return [{"id": m.id, "name": m.name, "role": m.role, "store_id": m.store_id, "pin_hash": m.pin_hash}
            for m in rows]
