"""Removing shoppers' personal data from the kiosk once the store no longer needs it here.

A kiosk stands in a public place and can be stolen; once a return is complete and central
holds it, the device has no reason to keep who the shopper was. After a retention period
the e-mail, name and phone of such cases are removed from the case row, from the copies
inside the case document and its delivered outbox events, and the cached order they came
from is dropped (central can send it again). Connections run with secure_delete, so the
old bytes are zeroed in place, and the WAL is emptied: the data is gone from disk, not just
unlinked from a table. The PDFs printed for such a case (the slip kept in the profile, the
files of PDF printers) name the shopper too, and are deleted.

Cases that did not end plainly keep their details longer, each kind for its own period
(``Retention``): one saved pending approval (central's decision may need the shopper), and
one central refused (staff sort it out with the shopper). A case still waiting to be sent
keeps them until it is delivered: it must reach central exactly as it was saved. The running
kiosk purges every hour (kiosk.app.keep_house), not only at start.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any, Iterable

from kiosk.db.unit_of_work import DatabaseFile, SettledCase, Transaction, UnitOfWork
from kiosk.workflow.audit_chain import AuditKind
from kiosk.workflow.orders import normalise_email

log = logging.getLogger(__name__)

#: Days a completed, synced case keeps the shopper's details when the config says nothing.
DEFAULT_RETENTION_DAYS = 30
#: Days for a case saved pending approval, and for one central refused.
DEFAULT_PENDING_RETENTION_DAYS = 90
DEFAULT_REFUSED_RETENTION_DAYS = 90
#: Keys that hold a shopper's details wherever they appear in a stored JSON document.
PII_KEYS = frozenset({"customer", "customer_email", "customer_name", "customer_phone", "email", "phone"})
REMOVED = "[removed]"


@dataclass(frozen=True)
class Retention:
    """Days each kind of case keeps its shopper's details, counted from when it was made."""

    completed_days: int = DEFAULT_RETENTION_DAYS
    pending_days: int = DEFAULT_PENDING_RETENTION_DAYS
    refused_days: int = DEFAULT_REFUSED_RETENTION_DAYS

    def cutoffs(self, now: datetime) -> dict[str, datetime]:
        days = {"completed": self.completed_days, "pending": self.pending_days, "refused": self.refused_days}
        if min(days.values()) < 0:
            raise ValueError("the retention period cannot be negative")
        return {kind: now - timedelta(days=n) for kind, n in days.items()}


@dataclass(frozen=True)
class PurgeReport:
    cases: int
    orders: int
    #: the WAL was checkpointed to empty; False when a reader kept it busy
    compacted: bool
    #: PDF files of the purged cases deleted from the disk
    files: int = 0


def purge_shopper_data(uow: UnitOfWork, *, now: datetime, older_than_days: int | None = None,
                       retention: Retention = Retention(), actor: str = "kiosk",
                       documents_dir: Path | None = None) -> PurgeReport:
    """Purge the details of the cases past their retention (see ``Retention``).

    ``older_than_days`` replaces the period of completed cases; ``documents_dir`` is where the
    slip PDFs are kept (``Settings.documents_dir``).
    """
    if older_than_days is not None:
        retention = replace(retention, completed_days=older_than_days)
    cutoffs = retention.cutoffs(now)
    with uow.writing() as tx:
        cases = tx.shopper_details.past_retention(**cutoffs)
        for case in cases:
            tx.shopper_details.forget(case.id, partial(scrub, secrets=_secrets(tx, case)))
        orders = tx.shopper_details.drop_orders_without_details({case.order_number for case in cases})
        # Before the commit: should it fail, the cases are still found, and purged, next time.
        files = _delete_printed_copies(tx, cases, documents_dir)
        if cases:
            details = {"cases": len(cases), "orders": orders, "files": files,
                       "older_than_days": retention.completed_days, "pending_days": retention.pending_days,
                       "refused_days": retention.refused_days}
            tx.audit.append(at=now, kind=AuditKind.PII_PURGE, actor=actor, details=details)
    compacted = DatabaseFile(uow).empty_wal() if cases else False
    return PurgeReport(len(cases), orders, compacted, files)


def scrub(value: Any, secrets: Iterable[str]) -> Any:
    """A copy of a JSON value without shopper keys and with every known secret blanked out."""
    known = sorted({s for s in secrets if s}, key=len, reverse=True)
    return _scrub(value, known)


def _scrub(value: Any, secrets: list[str]) -> Any:
    if isinstance(value, dict):
        return {k: _scrub(v, secrets) for k, v in value.items() if k not in PII_KEYS}
    if isinstance(value, list):
        return [_scrub(v, secrets) for v in value]
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, REMOVED)
        return value
    return value


def _secrets(tx: Transaction, case: SettledCase) -> set[str]:
    """The shopper's details as this case and its cached order spell them."""
    email = case.customer_email or ""
    found = {email, normalise_email(email), case.customer_name or ""}
    found.update(tx.shopper_details.in_cached_order(case.order_number))
    return {s for s in found if len(s) >= 3}  # never blank out single letters of other text


def _delete_printed_copies(tx: Transaction, cases: list[SettledCase], documents_dir: Path | None) -> int:
    """Delete the slip PDFs and PDF-printer files of these cases; the count deleted."""
    if not cases:
        return 0
    paths = [documents_dir / f"return-{case.code}.pdf" for case in cases] if documents_dir else []
    paths += [Path(path) for path in tx.shopper_details.take_printed_files([case.id for case in cases])]
    deleted = 0
    for path in dict.fromkeys(paths):
        try:
            path.unlink()
            deleted += 1
        except FileNotFoundError:
            pass
        except OSError as error:  # the details in the database go anyway; say which file stayed
            log.warning("privacy purge: could not delete %s: %s", path, error)
    return deleted
