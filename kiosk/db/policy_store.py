"""Policy versions as received; exactly one is active (the last good one)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Mapping

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kiosk.db.models import PolicyVersionRow
from kiosk.workflow.policy import Policy, parse_policy


def activate_policy(session: Session, policy: Policy, *, received_at: datetime, etag: str | None = None) -> None:
    """Store a validated policy and make it the one in force."""
    session.execute(update(PolicyVersionRow).values(active=False))
    row = session.get(PolicyVersionRow, policy.version)
    if row is None:
        row = PolicyVersionRow(version=policy.version, effective_at=policy.effective_at, received_at=received_at,
                               document=plain_json(policy.document))
        session.add(row)
    row.etag = etag
    row.active = True


def plain_json(value: Any) -> Any:
    """The policy document as plain dicts and lists (the domain keeps it read-only)."""
    if isinstance(value, Mapping):
        return {str(k): plain_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain_json(v) for v in value]
    return value


def active_policy(session: Session) -> Policy | None:
    document = session.execute(select(PolicyVersionRow.document).where(PolicyVersionRow.active)).scalar_one_or_none()
    return parse_policy(document) if document is not None else None


def active_policy_version(session: Session) -> str | None:
    return session.execute(select(PolicyVersionRow.version).where(PolicyVersionRow.active)).scalar_one_or_none()


def active_policy_document(session: Session) -> Mapping[str, Any] | None:
    return session.execute(select(PolicyVersionRow.document).where(PolicyVersionRow.active)).scalar_one_or_none()
