"""Central tables for the back office: its users and their sessions, review decisions, policy
proposals waiting for a second head-office user, and the back office's own audit trail.

Passwords are kept only as argon2id hashes; a session is known by the sha256 of its random id
(the cookie holds the id, the table its hash), so a copy of the database opens no session.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from central.models import Base


class BackofficeUser(Base):
    """A person who signs in to the back office: head office (every store) or one store's manager."""

    __tablename__ = "backoffice_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    #: head_office or store_manager.
    role: Mapped[str] = mapped_column(String(20))
    #: The store a store manager sees; None for head office.
    store_id: Mapped[str | None] = mapped_column(ForeignKey("stores.id"), index=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean)
    #: Wrong passwords in a row; reset by a good one.
    failed_attempts: Mapped[int] = mapped_column(Integer)
    locked_until: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class BackofficeSession(Base):
    """A signed-in browser: the sha256 of the cookie's random id, its user, and when it ends."""

    __tablename__ = "backoffice_sessions"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("backoffice_users.id"), index=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]


class BackofficeEvent(Base):
    """What back-office users did: sign-ins, lockouts, review decisions, policy proposals."""

    __tablename__ = "backoffice_events"
    __table_args__ = (Index("ix_backoffice_events_subject", "subject"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(40))
    #: What it is about: a return's case id, a policy version, a user name.
    subject: Mapped[str] = mapped_column(String(200))
    store_id: Mapped[str | None] = mapped_column(String(40))
    details: Mapped[dict[str, Any]]


class ReviewDecision(Base):
    """A person's decision on a return in review: accept or refuse, with the reason they gave."""

    __tablename__ = "review_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    return_id: Mapped[str] = mapped_column(ForeignKey("returns.id"), index=True)
    decision: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(80))
    decided_at: Mapped[datetime]


class PolicyProposal(Base):
    """A draft policy on its way to publication: proposed by one head-office user, confirmed by
    another, then published (made current) through ``central.ops.policies.set_policy``."""

    __tablename__ = "policy_proposals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version: Mapped[str] = mapped_column(String(80), index=True)
    document: Mapped[dict[str, Any]]
    note: Mapped[str] = mapped_column(Text)
    #: proposed, published or withdrawn.
    status: Mapped[str] = mapped_column(String(16))
    proposed_by: Mapped[str] = mapped_column(String(80))
    proposed_at: Mapped[datetime]
    confirmed_by: Mapped[str | None] = mapped_column(String(80))
    confirmed_at: Mapped[datetime | None]
