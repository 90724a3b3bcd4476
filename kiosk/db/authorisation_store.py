"""The kiosk's copy of return authorisations: upserted from the feed or a live lookup, read by code."""

from __future__ import annotations

from datetime import datetime
from typing import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kiosk.db.models import AuthorisationRow
from kiosk.workflow.authorisations import DROPPED_OFF, Authorisation


def save_authorisations(session: Session, authorisations: Sequence[Authorisation], *, now: datetime) -> int:
    """Insert or replace each one as central sent it; a copy this kiosk dropped off stays dropped off."""
    for authorisation in authorisations:
        row = session.get(AuthorisationRow, authorisation.code)
        if row is None:
            row = AuthorisationRow(code=authorisation.code)
            session.add(row)
        elif row.status == DROPPED_OFF and authorisation.status == "authorised":
            continue  # central has not seen our case yet: keep it from being dropped off twice here
        row.status = authorisation.status
        row.order_number = authorisation.order_number
        row.store_id = authorisation.store_id
        row.expires_at = authorisation.expires_at
        row.updated_at = now
        row.document = authorisation.to_dict()
    return len(authorisations)


def find_authorisation(session: Session, code: str) -> Authorisation | None:
    row = session.get(AuthorisationRow, code)
    return Authorisation.from_dict(row.document) if row is not None else None


def mark_dropped_off(session: Session, code: str, *, now: datetime) -> None:
    """This kiosk took the authorisation's case: not again here, whatever the next pull says first."""
    row = session.get(AuthorisationRow, code)
    if row is not None:
        row.status = DROPPED_OFF
        row.document = {**row.document, "status": DROPPED_OFF}
        row.updated_at = now


def count_open(session: Session) -> int:
    return len(session.scalars(select(AuthorisationRow.code).where(AuthorisationRow.status == "authorised")).all())


def purge_expired(session: Session, before: datetime) -> int:
    """Forget copies that expired before ``before``: no kiosk can drop them off any more."""
    result = session.execute(delete(AuthorisationRow).where(AuthorisationRow.expires_at < before))
    return int(getattr(result, "rowcount", 0) or 0)


def clear_authorisations(session: Session) -> None:
    """Forget every copy (a full resync of the feed follows)."""
    session.execute(delete(AuthorisationRow))
