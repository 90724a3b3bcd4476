"""Policy versions: validated with the kiosk's own parser, kept for ever, newest served."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from central.canonical import digest
from central.database import Database
from central.errors import AdminError
from central.models import PolicyVersion
from kiosk.workflow.policy import Policy, parse_policy


@dataclass(frozen=True)
class StoredPolicy:
    version: str
    document: Mapping[str, Any]
    etag: str


def set_policy(db: Database, document: Any, now: datetime) -> tuple[Policy, bool]:
    """Make ``document`` the current policy; returns it and whether it is a new version.

    Setting a version that exists with the same content makes it current again (a rollback).

    Raises PolicyError (with every problem) for a bad document and AdminError when the
    version exists with other content: a version names one document for ever, because
    stored cases are re-checked against it.
    """
    policy = parse_policy(document)
    etag = f'"{digest(document)[:32]}"'
    with db.writing() as session:
        activation = (session.scalar(select(func.max(PolicyVersion.activation))) or 0) + 1
        existing = session.scalar(select(PolicyVersion).where(PolicyVersion.version == policy.version))
        if existing is None:
            session.add(PolicyVersion(version=policy.version, document=dict(document), etag=etag,
                                      activation=activation, created_at=now))
            return policy, True
        if existing.etag != etag:
            raise AdminError(f"policy version {policy.version!r} exists with other content; give the new "
                             "document a new version")
        if existing.activation != activation - 1:
            existing.activation = activation  # an older version becomes current again
        return policy, False


def current_policy(session: Session) -> StoredPolicy | None:
    """The version set last, or None before any policy was set."""
    row = session.scalars(select(PolicyVersion).order_by(PolicyVersion.activation.desc()).limit(1)).first()
    return StoredPolicy(row.version, row.document, row.etag) if row else None


def policy_version(session: Session, version: str) -> StoredPolicy | None:
    row = session.scalar(select(PolicyVersion).where(PolicyVersion.version == version))
    return StoredPolicy(row.version, row.document, row.etag) if row else None


@dataclass(frozen=True)
class HistoryEntry:
    version: str
    created_at: datetime
    activation: int
    current: bool


def history(db: Database) -> list[HistoryEntry]:
    """Every stored version, the one made current last first (then by when each was last made current)."""
    with db.reading() as session:
        rows = session.scalars(select(PolicyVersion).order_by(PolicyVersion.activation.desc())).all()
    return [HistoryEntry(r.version, r.created_at, r.activation, i == 0) for i, r in enumerate(rows)]
