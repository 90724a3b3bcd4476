"""Exporting unsent returns and audit entries, and the guard that keeps a profile from being wiped with them in it.

Nothing unsent is ever deleted: resetting the profile or unregistering the device is
refused while any return is not held by the server (pending or refused), or any audit entry
central has not confirmed, unless staff exported them first and name the export file. The
file must be the one ``export_unsent`` wrote (its digest is remembered) and must hold every
event that is still unsent and every audit entry still undelivered (by epoch, id and hash).
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
from kiosk.workflow.audit_chain import AuditEntry, UnreadableRow
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
    audit_entries: int = 0


def export_unsent(uow: UnitOfWork, out: Path, now: datetime) -> ExportResult:
    """Write every pending and refused return, then every audit entry central has not confirmed,
    to ``out`` (JSON Lines, owner-only), durably."""
    entries, audit = _unsent_entries(uow), _undelivered_audit(uow)
    lines = [json.dumps({"format": FORMAT, "exported_at": format_utc(now), "count": len(entries),
                         "audit_entries": len(audit)})]
    lines += [json.dumps(entry, ensure_ascii=False, sort_keys=True) for entry in entries + audit]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    write_atomically(out, data)  # owner-only: it holds shoppers' e-mail addresses
    digest = hashlib.sha256(data).hexdigest()
    with uow.writing() as tx:
        known = json.loads(tx.settings.get(EXPORTS) or "{}")
        known[str(out.resolve())] = digest
        tx.settings.put(EXPORTS, json.dumps(known))
    return ExportResult(out, len(entries), digest, len(audit))


def unsent_ids(uow: UnitOfWork) -> set[int]:
    with uow.reading() as tx:
        return tx.outbox.unsent_ids()


def guard_unsent(uow: UnitOfWork, exported: Path | None, action: str) -> None:
    """Raise UnsentReturns unless nothing is unsent or ``exported`` holds all of it."""
    missing, audit = unsent_ids(uow), _undelivered_audit_keys(uow)
    if not missing and not audit:
        return
    parts = [f"{len(missing)} return(s)"] if missing else []
    parts += [f"{len(audit)} audit entr{'y' if len(audit) == 1 else 'ies'}"] if audit else []
    what = " and ".join(parts)
    sync_first = "sync first (`kiosk sync --once`), or " if audit else ""
    advice = (f"{sync_first}export them first with `kiosk outbox export --out FILE`, keep the file safe, then "
              f"{action} again with --exported FILE")
    if exported is None:
        raise UnsentReturns(f"{what} are not on the server yet; {advice}")
    covered, covered_audit = _exported_ids(uow, exported), _exported_audit(exported)
    if not missing <= covered:
        raise UnsentReturns(f"{exported} does not hold {len(missing - covered)} of the {len(missing)} unsent "
                            f"return(s) (an older export?); {advice}")
    if not audit <= covered_audit:
        raise UnsentReturns(f"{exported} does not hold {len(audit - covered_audit)} of the {len(audit)} audit "
                            f"entries central has not confirmed (an older export?); {advice}")


def _exported_ids(uow: UnitOfWork, path: Path) -> set[int]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnsentReturns(f"cannot read the export {path}: {error.strerror}") from error
    with uow.reading() as tx:
        known = json.loads(tx.settings.get(EXPORTS) or "{}")
    if known.get(str(path.resolve())) != hashlib.sha256(data).hexdigest():
        raise UnsentReturns(f"{path} is not an export this kiosk wrote, or it was changed since; export again")
    return {int(row["event_id"]) for row in _export_rows(path) if "event_id" in row}


def _exported_audit(path: Path) -> set[tuple[str, int, str]]:
    """(epoch, id, hash) of the audit entries in an export (checked by ``_exported_ids`` first)."""
    return {(str(row["epoch"]), int(row["audit_id"]), str(row["hash"])) for row in _export_rows(path)
            if "audit_id" in row}


def _export_rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]


def _undelivered_audit_keys(uow: UnitOfWork) -> set[tuple[str, int, str]]:
    with uow.reading() as tx:
        return set(tx.audit.undelivered())


def _undelivered_audit(uow: UnitOfWork) -> list[dict[str, Any]]:
    """One line per audit entry central has not confirmed: its (epoch, id, hash) and the entry as
    central takes it (None when the row cannot be read: its id and hash still say which it was)."""
    with uow.reading() as tx:
        waiting = tx.audit.undelivered()
        wanted = {entry_id for _, entry_id, _ in waiting}
        rows = {row.id: row for row in tx.audit.rows(after=min(wanted, default=1) - 1) if row.id in wanted}
    return [{"audit_id": entry_id, "epoch": epoch, "hash": digest,
             "entry": row.to_dict() if isinstance(row, AuditEntry) else None,
             "unreadable": row.reason if isinstance(row, UnreadableRow) else None}
            for epoch, entry_id, digest in waiting for row in [rows.get(entry_id)]]


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
