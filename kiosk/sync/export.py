"""Exporting unsent returns, and the guard that keeps a profile from being wiped with them in it.

Nothing unsent is ever deleted: resetting the profile or unregistering the device is
refused while any return is not held by the server (pending or refused), unless staff
exported them first and name the export file. The file must be the one ``export_unsent``
wrote (its digest is remembered) and must hold every event that is still unsent.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.atomic_file import write_atomically
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.workflow.clock import format_utc
from kiosk.workflow.errors import KioskError

EXPORTS = "sync.outbox.exports"
FORMAT = "intake-unsent-returns/1"


class UnsentReturns(KioskError):
    """Returns not yet on the server would be lost; the message says what to do."""

    default_key = "returns_unsent"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int
    sha256: str


def export_unsent(uow: UnitOfWork, out: Path, now: datetime) -> ExportResult:
    """Write every pending and refused return to ``out`` (JSON Lines, owner-only), durably."""
    entries = _unsent_entries(uow)
    lines = [json.dumps({"format": FORMAT, "exported_at": format_utc(now), "count": len(entries)})]
    lines += [json.dumps(entry, ensure_ascii=False, sort_keys=True) for entry in entries]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    write_atomically(out, data)  # owner-only: it holds shoppers' e-mail addresses
    digest = hashlib.sha256(data).hexdigest()
    with uow.writing() as tx:
        known = json.loads(tx.settings.get(EXPORTS) or "{}")
        known[str(out.resolve())] = digest
        tx.settings.put(EXPORTS, json.dumps(known))
    return ExportResult(out, len(entries), digest)


def unsent_ids(uow: UnitOfWork) -> set[int]:
    with uow.reading() as tx:
        return tx.outbox.unsent_ids()


def guard_unsent(uow: UnitOfWork, exported: Path | None, action: str) -> None:
    """Raise UnsentReturns unless nothing is unsent or ``exported`` holds all of it."""
    missing = unsent_ids(uow)
    if not missing:
        return
    advice = (f"export them first with `kiosk outbox export --out FILE`, keep the file safe, then {action} "
              "again with --exported FILE")
    if exported is None:
        raise UnsentReturns(f"{len(missing)} return(s) are not on the server yet; {advice}")
    covered = _exported_ids(uow, exported)
    if not missing <= covered:
        raise UnsentReturns(f"{exported} does not hold {len(missing - covered)} of the {len(missing)} unsent "
                            f"return(s) (an older export?); {advice}")


def _exported_ids(uow: UnitOfWork, path: Path) -> set[int]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnsentReturns(f"cannot read the export {path}: {error.strerror}") from error
    with uow.reading() as tx:
        known = json.loads(tx.settings.get(EXPORTS) or "{}")
    if known.get(str(path.resolve())) != hashlib.sha256(data).hexdigest():
        raise UnsentReturns(f"{path} is not an export this kiosk wrote, or it was changed since; export again")
    rows = [json.loads(line) for line in data.decode("utf-8").splitlines()[1:] if line.strip()]
    return {int(row["event_id"]) for row in rows}


def _unsent_entries(uow: UnitOfWork) -> list[dict[str, Any]]:
    with uow.reading() as tx:
        events = tx.outbox.unsent_in_full()
    return [
        {"event_id": event.event_id, "case_id": event.case_id, "kind": event.kind,
         "idempotency_key": event.idempotency_key, "state": event.state, "attempts": event.attempts,
         "created_at": format_utc(event.created_at), "last_error": event.last_error,
         "server_response": event.server_response, "payload": event.payload,
         "customer_email": event.customer_email, "customer_name": event.customer_name}
        for event in events
    ]
