"""Staff members with their PIN hashes, and the wrong-PIN counts that lock them out.

Staff arrive from central through the sync (PIN hashes only) or from the demo seed; this
module never sees a PIN, only the stored hash the caller verifies against.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.db.models import StaffLockoutRow, StaffRow
from kiosk.workflow.staff import CLEARED, PinAttempts, Role, StaffMember


def get_member(session: Session, staff_id: str) -> tuple[StaffMember, str] | None:
    """The member and their PIN hash, or None for an unknown id (or an unknown role)."""
    row = session.get(StaffRow, staff_id)
    member = _member(row) if row is not None else None
    return (member, row.pin_hash) if member is not None and row is not None else None


def members(session: Session, role: Role | None = None) -> list[tuple[StaffMember, str]]:
    """Every member (of one role when given) with their PIN hash, by name."""
    query = select(StaffRow).order_by(StaffRow.name)
    if role is not None:
        query = query.where(StaffRow.role == role.value)
    found = [(_member(row), row.pin_hash) for row in session.execute(query).scalars()]
    return [(member, pin_hash) for member, pin_hash in found if member is not None]


def upsert_member(session: Session, member: StaffMember, pin_hash: str, *, now: datetime,
                  source_hash: str | None = None) -> None:
    """Add or update a member as central (``source_hash``: its hash as sent) or the seed sent them."""
    row = session.get(StaffRow, member.id)
    if row is None:
        session.add(StaffRow(id=member.id, name=member.name, role=member.role.value, pin_hash=pin_hash, updated_at=now,
                             source_hash=source_hash))
        return
    row.name, row.role, row.pin_hash, row.updated_at = member.name, member.role.value, pin_hash, now
    row.source_hash = source_hash


def replace_hash(session: Session, staff_id: str, old_hash: str, new_hash: str, *, now: datetime) -> bool:
    """Store a rehash of ``old_hash`` (made from the PIN just typed); False when the hash changed meanwhile."""
    row = session.get(StaffRow, staff_id)
    if row is None or row.pin_hash != old_hash:
        return False
    row.pin_hash, row.updated_at = new_hash, now
    return True


def load_attempts(session: Session, key: str) -> PinAttempts:
    row = session.get(StaffLockoutRow, key)
    return PinAttempts(row.failures, row.locked_until) if row is not None else CLEARED


def save_attempts(session: Session, key: str, attempts: PinAttempts, *, now: datetime) -> None:
    row = session.get(StaffLockoutRow, key)
    if row is None:
        row = StaffLockoutRow(key=key)
        session.add(row)
    row.failures, row.locked_until, row.updated_at = attempts.failures, attempts.locked_until, now


def _member(row: StaffRow) -> StaffMember | None:
    try:
        role = Role(row.role)
    except ValueError:  # a role this kiosk does not know grants nothing
        return None
    return StaffMember(row.id, row.name, role)
