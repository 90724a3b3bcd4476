"""Pulling the managers who may approve exceptions: the server's list replaces ours whole.

The server sends the complete list every time, so a manager missing from it has been
removed and loses the right to approve on this kiosk at once. Only PIN hashes travel.
Every central role that approves on devices (manager, supervisor, area manager) is a
manager here; a role this version does not know is not stored, so it grants nothing.
Local clerks are not the server's business and are left alone.

The answer also carries central's PIN pepper (kept owner-only beside the database, never in
it: kiosk.sync.credentials) and each manager's wrong-PIN count across the fleet, which is
merged into this kiosk's so a lock set through another kiosk holds here too. A hash the
kiosk renewed at sign-in is kept while central still sends the hash it was made from.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kiosk.db.unit_of_work import UnitOfWork
from kiosk.sync.answers import Kind
from kiosk.sync.client import ApiClient
from kiosk.sync.credentials import keep_central_pepper
from kiosk.sync.errors import StepFailed, bad_answer
from kiosk.sync.pin_lockouts import lock_states
from kiosk.workflow.clock import Clock
from kiosk.workflow.pins import Pepper
from kiosk.workflow.staff import Role, StaffMember

MANAGERS_PATH = "/v1/managers"
#: Central's roles that approve exceptions on devices.
APPROVING_ROLES = frozenset({"manager", "supervisor", "area_manager"})


def pull_managers(client: ApiClient, uow: UnitOfWork, clock: Clock) -> int:
    """Replace the managers with the server's; returns how many there are now."""
    answer = client.get(MANAGERS_PATH)
    if answer.kind is not Kind.OK:
        raise StepFailed("managers", answer)
    managers = _parse(answer.body)
    pepper = _pepper(answer.body)
    if pepper is not None:
        keep_central_pepper(Path(uow.database.path).parent, pepper)
    locks = lock_states(answer.body)
    now = clock()
    with uow.writing() as tx:
        existing = {row.id: (row.name, row.role, row.central_hash) for row in tx.roster.stored()}
        for member, pin_hash in managers:
            if existing.get(member.id) != (member.name, member.role.value, pin_hash):
                tx.staff.save(member, pin_hash, now=now, source_hash=pin_hash)
            if member.id in locks:
                merged = tx.staff.attempts(member.id).merged(locks[member.id], now)
                if merged != tx.staff.attempts(member.id):
                    tx.staff.save_attempts(member.id, merged, now=now)
        keep = {member.id for member, _ in managers}
        tx.roster.remove([i for i, (_, role, _) in existing.items() if role != Role.CLERK.value and i not in keep])
    return len(managers)


def _pepper(body: Any) -> Pepper | None:
    """Central's pepper from the answer (older servers send none)."""
    entry = body.get("pin_pepper") if isinstance(body, dict) else None
    if not isinstance(entry, dict):
        return None
    try:
        return Pepper(str(entry["id"]), bytes.fromhex(str(entry["key"])))
    except (KeyError, ValueError):
        raise bad_answer("managers", "the PIN pepper in the answer cannot be read") from None


def _parse(body: Any) -> list[tuple[StaffMember, str]]:
    entries = body.get("managers") if isinstance(body, dict) else None
    if not isinstance(entries, list):
        raise bad_answer("managers", "the answer has no managers list")
    managers = []
    for entry in entries:
        if not isinstance(entry, dict) or not all(isinstance(entry.get(k), str) and entry.get(k)
                                                  for k in ("id", "name", "role", "pin_hash")):
            raise bad_answer("managers", f"a manager entry is incomplete: {entry!r:.200}")
        if entry["role"] in APPROVING_ROLES and len(entry["id"]) <= 40:
            member = StaffMember(entry["id"], entry["name"][:200], Role.MANAGER)
            managers.append((member, entry["pin_hash"][:256]))
    return managers
