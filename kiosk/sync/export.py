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

from sqlalchemy import select

from kiosk.atomic_file import write_atomically
from kiosk.db.engine import Database
from kiosk.db.models import OutboxRow, ReturnCaseRow
from kiosk.db.settings_store import get_setting, put_setting
from kiosk.sync import outbox
from kiosk.workflow.clock import format_utc

EXPORTS = "sync.outbox.exports"
FORMAT = "intake-unsent-returns/1"


class UnsentReturns(RuntimeError):
    """Returns not yet on the server would be lost; the message says what to do."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int
    sha256: str


def export_unsent(database: Database, out: Path, now: datetime) -> ExportResult:
    """Write every pending and refused return to ``out`` (JSON Lines, owner-only), durably."""
    entries = _unsent_entries(database)
    lines = [json.dumps({"format": FORMAT, "exported_at": format_utc(now), "count": len(entries)})]
    lines += [json.dumps(entry, ensure_ascii=False, sort_keys=True) for entry in entries]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    write_atomically(out, data)  # owner-only: it holds shoppers' e-mail addresses
    digest = hashlib.sha256(data).hexdigest()
    with database.session() as session, session.begin():
        known = json.loads(get_setting(session, EXPORTS) or "{}")
        known[str(out.resolve())] = digest
        put_setting(session, EXPORTS, json.dumps(known))
    return ExportResult(out, len(entries), digest)


def unsent_ids(database: Database) -> set[int]:
    with database.session() as session:
        return set(session.execute(select(OutboxRow.id)
                                   .where(OutboxRow.state.in_((outbox.PENDING, outbox.REFUSED)))).scalars())


def guard_unsent(database: Database, exported: Path | None, action: str) -> None:
    """Raise UnsentReturns unless nothing is unsent or ``exported`` holds all of it."""
    missing = unsent_ids(database)
    if not missing:
        return
    advice = (f"export them first with `kiosk outbox export --out FILE`, keep the file safe, then {action} "
              "again with --exported FILE")
    if exported is None:
        raise UnsentReturns(f"{len(missing)} return(s) are not on the server yet; {advice}")
    covered = _exported_ids(database, exported)
    if not missing <= covered:
        raise UnsentReturns(f"{exported} does not hold {len(missing - covered)} of the {len(missing)} unsent "
                            f"return(s) (an older export?); {advice}")


def _exported_ids(database: Database, path: Path) -> set[int]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnsentReturns(f"cannot read the export {path}: {error.strerror}") from error
    with database.session() as session:
        known = json.loads(get_setting(session, EXPORTS) or "{}")
    if known.get(str(path.resolve())) != hashlib.sha256(data).hexdigest():
        raise UnsentReturns(f"{path} is not an export this kiosk wrote, or it was changed since; export again")
    rows = [json.loads(line) for line in data.decode("utf-8").splitlines()[1:] if line.strip()]
    return {int(row["event_id"]) for row in rows}


def _unsent_entries(database: Database) -> list[dict[str, Any]]:
    with database.session() as session:
        rows = session.execute(
            select(OutboxRow, ReturnCaseRow.customer_email, ReturnCaseRow.customer_name)
            .join(ReturnCaseRow, ReturnCaseRow.id == OutboxRow.case_id)
            .where(OutboxRow.state.in_((outbox.PENDING, outbox.REFUSED)))
            .order_by(OutboxRow.id)
        ).all()
        return [
            {"event_id": event.id, "case_id": event.case_id, "kind": event.kind,
             "idempotency_key": event.idempotency_key, "state": event.state, "attempts": event.attempts,
             "created_at": format_utc(event.created_at), "last_error": event.last_error,
             "server_response": event.server_response, "payload": event.payload,
             "customer_email": email, "customer_name": name}
            for event, email, name in rows
        ]
