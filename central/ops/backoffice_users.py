"""Back-office users: who may sign in, with what role, and the sessions they hold.

Head office sees every store; a store manager sees one. Passwords are kept as argon2id
hashes (argon2-cffi's defaults, re-hashed on sign-in when those grow). ``MAX_FAILURES`` wrong
passwords in a row lock the account for ``LOCKOUT``; a locked account is refused even with
the right password, and the refusal says until when. A session is a random id in the
browser's cookie and its sha256 here, ending ``SESSION_TTL`` after sign-in or at sign-out.

What back-office users do is written to ``backoffice_events`` (``record_event``).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Mapping

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from central.database import Database
from central.errors import AdminError
from central.models import Store
from central.models_backoffice import BackofficeEvent, BackofficeSession, BackofficeUser

ROLES = ("head_office", "store_manager")
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
SESSION_TTL = timedelta(hours=8)
MIN_PASSWORD_LENGTH = 10

_hasher = PasswordHasher()
#: Checked against when the name is unknown, so an unknown name costs what a wrong password does.
_DUMMY_HASH = _hasher.hash("not a password anyone has")


class SignInRefused(Exception):
    """A sign-in that did not succeed; the message is safe to show (it never says which part was wrong)."""


@dataclass(frozen=True)
class Staff:
    """A signed-in back-office user."""

    id: int
    name: str
    role: str
    store_id: str | None

    @property
    def head_office(self) -> bool:
        return self.role == "head_office"

    def can_see(self, store_id: str) -> bool:
        return self.head_office or store_id == self.store_id

    @property
    def stores(self) -> str | None:
        """The one store this user is limited to, or None for every store."""
        return None if self.head_office else self.store_id


def _staff(row: BackofficeUser) -> Staff:
    return Staff(row.id, row.name, row.role, row.store_id)


def hash_session_id(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


def add_user(db: Database, name: str, role: str, store_id: str | None, password: str, now: datetime, *,
             replace: bool = False) -> Staff:
    """Create a user (or, with ``replace``, change an existing one's role, store and password)."""
    name = name.strip()
    if not name or len(name) > 80:
        raise AdminError("a user name has 1 to 80 characters")
    if role not in ROLES:
        raise AdminError(f"role must be one of {', '.join(ROLES)}")
    if (role == "store_manager") != (store_id is not None):
        raise AdminError("a store manager needs --store; head office has no store")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AdminError(f"a password has at least {MIN_PASSWORD_LENGTH} characters")
    with db.writing() as session:
        if store_id is not None and session.get(Store, store_id) is None:
            raise AdminError(f"no store {store_id!r}")
        row = session.scalar(select(BackofficeUser).where(BackofficeUser.name == name))
        if row is not None and not replace:
            raise AdminError(f"user {name!r} exists; give --replace to change it")
        if row is None:
            row = BackofficeUser(name=name, created_at=now)
            session.add(row)
        row.role, row.store_id, row.password_hash = role, store_id, _hasher.hash(password)
        row.active, row.failed_attempts, row.locked_until, row.updated_at = True, 0, None, now
        session.flush()
        record_event(session, now, "cli", "user_saved", name, store_id, {"role": role})
        return _staff(row)


def deactivate_user(db: Database, name: str, now: datetime) -> None:
    """Stop a user signing in and end their sessions."""
    with db.writing() as session:
        row = session.scalar(select(BackofficeUser).where(BackofficeUser.name == name))
        if row is None:
            raise AdminError(f"no user {name!r}")
        row.active, row.updated_at = False, now
        session.execute(delete(BackofficeSession).where(BackofficeSession.user_id == row.id))
        record_event(session, now, "cli", "user_deactivated", name, row.store_id, {})


def sign_in(db: Database, name: str, password: str, now: datetime) -> tuple[Staff, str]:
    """Check a name and password; answers the user and a new session id for the cookie.

    Raises SignInRefused for an unknown or inactive name, a wrong password or a locked account;
    the failure (and a lockout) is committed before the refusal is raised.
    """
    with db.writing() as session:
        row = session.scalar(select(BackofficeUser).where(BackofficeUser.name == name.strip()).with_for_update())
        refusal = _refusal(session, row, password, now)
        if refusal is None and row is not None:
            if _hasher.check_needs_rehash(row.password_hash):
                row.password_hash = _hasher.hash(password)
            row.failed_attempts, row.locked_until = 0, None
            session_id = secrets.token_urlsafe(32)
            session.add(BackofficeSession(id_hash=hash_session_id(session_id), user_id=row.id, created_at=now,
                                          expires_at=now + SESSION_TTL, last_seen_at=now))
            record_event(session, now, row.name, "signed_in", row.name, row.store_id, {})
            return _staff(row), session_id
    raise SignInRefused(refusal or "wrong name or password")


def _refusal(session: Session, row: BackofficeUser | None, password: str, now: datetime) -> str | None:
    """Why this sign-in is refused (counting a wrong password), or None when it may go ahead."""
    if row is None or not row.active:
        _verify(_DUMMY_HASH, password)
        return "wrong name or password"
    if row.locked_until is not None and row.locked_until > now:
        record_event(session, now, row.name, "sign_in_locked", row.name, row.store_id, {})
        return (f"this account is locked after {MAX_FAILURES} wrong passwords; "
                f"try again after {row.locked_until:%H:%M} UTC")
    if not _verify(row.password_hash, password):
        _count_failure(session, row, now)
        return "wrong name or password"
    return None


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _count_failure(session: Session, row: BackofficeUser, now: datetime) -> None:
    row.failed_attempts += 1
    details: dict[str, Any] = {"failed_attempts": row.failed_attempts}
    if row.failed_attempts >= MAX_FAILURES:
        row.locked_until, row.failed_attempts = now + LOCKOUT, 0
        details["locked_until"] = row.locked_until.isoformat()
    record_event(session, now, row.name, "sign_in_failed", row.name, row.store_id, details)


def session_staff(db: Database, session_id: str | None, now: datetime) -> Staff | None:
    """The user a cookie's session id stands for, or None when it is unknown, ended or expired."""
    if not session_id:
        return None
    with db.reading() as session:
        row = session.execute(select(BackofficeUser, BackofficeSession.expires_at)
                              .join(BackofficeSession, BackofficeSession.user_id == BackofficeUser.id)
                              .where(BackofficeSession.id_hash == hash_session_id(session_id))).first()
    if row is None or row[1] <= now or not row[0].active:
        return None
    return _staff(row[0])


def sign_out(db: Database, session_id: str, now: datetime) -> None:
    with db.writing() as session:
        row = session.get(BackofficeSession, hash_session_id(session_id))
        if row is None:
            return
        user = session.get(BackofficeUser, row.user_id)
        session.delete(row)
        session.execute(delete(BackofficeSession).where(BackofficeSession.expires_at <= now))
        if user is not None:
            record_event(session, now, user.name, "signed_out", user.name, user.store_id, {})


def require_head_office(session: Session, name: str) -> None:
    """AdminError unless ``name`` is an active head-office user (who may propose and confirm policies)."""
    row = session.scalar(select(BackofficeUser).where(BackofficeUser.name == name))
    if row is None or not row.active or row.role != "head_office":
        raise AdminError(f"{name!r} is not an active head-office user")


def list_users(db: Database) -> list[dict[str, Any]]:
    with db.reading() as session:
        rows = session.scalars(select(BackofficeUser).order_by(BackofficeUser.name)).all()
    return [{"name": r.name, "role": r.role, "store_id": r.store_id, "active": r.active,
             "locked_until": r.locked_until.isoformat() if r.locked_until else None} for r in rows]


def record_event(session: Session, at: datetime, actor: str, kind: str, subject: str, store_id: str | None,
                 details: Mapping[str, Any]) -> None:
    """Write one entry of the back office's audit trail in the caller's unit of work."""
    session.add(BackofficeEvent(at=at, actor=actor, kind=kind, subject=subject, store_id=store_id,
                                details=dict(details)))


def events_about(db: Database, subject: str) -> list[BackofficeEvent]:
    with db.reading() as session:
        return list(session.scalars(select(BackofficeEvent).where(BackofficeEvent.subject == subject)
                                    .order_by(BackofficeEvent.at, BackofficeEvent.id)))
