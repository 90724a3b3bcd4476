"""The audit trail as a hash chain, so an edited, removed or re-ordered entry shows.

Refunds are money leaving the till and an offline kiosk's file can be opened by anyone who
holds it. Each entry's hash covers its own content (as canonical JSON) and the hash of the
entry before it; re-computing the chain finds the first entry that no longer fits.

Details are redacted before they are chained: a PIN never enters the log and e-mail
addresses are masked (``m***@example.com``), so the log may travel to central and be
exported without carrying secrets or shopper data.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any, Iterable, Mapping

from kiosk.workflow.clock import format_utc

#: The "previous hash" of the first entry.
GENESIS = "0" * 64

#: Keys whose values are secrets and are dropped from details, whatever their case.
SECRET_KEYS = frozenset({"pin", "pins", "pin_hash", "new_pin", "old_pin", "password", "secret", "token"})

_EMAIL = re.compile(r"([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")


class AuditKind(str, Enum):
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOCKOUT = "lockout"
    LOGOUT = "logout"
    OVERRIDE = "override"
    REFUND = "refund"
    REPRINT = "reprint"
    SETTINGS_CHANGE = "settings_change"
    POLICY_UPDATE = "policy_update"
    PII_PURGE = "pii_purge"


@dataclass(frozen=True)
class AuditEntry:
    """One chained entry; ``actor`` is a staff id, or "kiosk"/"shopper" when no one signed in."""

    id: int
    at: datetime
    kind: str
    actor: str
    subject: str
    details: Mapping[str, Any]
    prev_hash: str
    hash: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "at": format_utc(self.at), "kind": self.kind, "actor": self.actor,
            "subject": self.subject, "details": dict(self.details), "prev_hash": self.prev_hash, "hash": self.hash,
        }


@dataclass(frozen=True)
class ChainBreak:
    """Where verification stopped: the first row that is missing or does not fit."""

    row_id: int
    problem: str


def mask_email(address: str) -> str:
    """``maria.garcia@example.com`` -> ``m***@example.com``: enough to tell shoppers apart."""
    return _EMAIL.sub(lambda m: f"{m.group(1)}***@{m.group(2)}", address)


def redact(value: Any) -> Any:
    """A copy of details with secret keys dropped and every e-mail address masked."""
    if isinstance(value, Mapping):
        return {str(k): redact(v) for k, v in value.items() if str(k).lower() not in SECRET_KEYS}
    if isinstance(value, (list, tuple)):
        return [redact(v) for v in value]
    if isinstance(value, str):
        return mask_email(value)
    return value


def canonical_json(value: Any) -> str:
    """One spelling per value: sorted keys, no spaces, UTF-8 kept as is."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def entry_hash(entry_id: int, at: datetime, kind: str, actor: str, subject: str,
               details: Mapping[str, Any], prev_hash: str) -> str:
    body = {"id": entry_id, "at": format_utc(at), "kind": kind, "actor": actor, "subject": subject,
            "details": details, "prev_hash": prev_hash}
    return hashlib.sha256((prev_hash + canonical_json(body)).encode("utf-8")).hexdigest()


def chain_entry(previous: AuditEntry | None, *, at: datetime, kind: AuditKind | str, actor: str,
                subject: str = "", details: Mapping[str, Any] | None = None) -> AuditEntry:
    """The entry that follows ``previous`` (None for the first), its details redacted."""
    if at.tzinfo is None:
        raise ValueError("audit timestamps must be timezone-aware")
    entry_id = previous.id + 1 if previous else 1
    prev_hash = previous.hash if previous else GENESIS
    kind_value = kind.value if isinstance(kind, AuditKind) else AuditKind(kind).value
    clean = redact(dict(details or {}))
    digest = entry_hash(entry_id, at, kind_value, actor, subject, clean, prev_hash)
    return AuditEntry(entry_id, at, kind_value, actor, subject, clean, prev_hash, digest)


def verify_chain(entries: Iterable[AuditEntry], *, head: tuple[int, str] | None = None) -> ChainBreak | None:
    """The first break in entries given in id order, or None when every link holds.

    ``head`` is the (id, hash) last written, kept apart from the rows: without it, removing
    the newest entries would leave a shorter chain that still verifies.
    """
    previous: AuditEntry | None = None
    for entry in entries:
        problem = _link_problem(previous, entry)
        if problem is not None:
            return problem
        previous = entry
    return _head_problem(previous, head)


def _link_problem(previous: AuditEntry | None, entry: AuditEntry) -> ChainBreak | None:
    expected_id = previous.id + 1 if previous else 1
    if entry.id != expected_id:
        after = f"row {previous.id}" if previous else "the start of the log"
        return ChainBreak(expected_id, f"row {expected_id} is missing: row {entry.id} follows {after}")
    expected_prev = previous.hash if previous else GENESIS
    if entry.prev_hash != expected_prev:
        return ChainBreak(entry.id, f"row {entry.id} does not link to row {entry.id - 1}: one of them was changed")
    recomputed = entry_hash(entry.id, entry.at, entry.kind, entry.actor, entry.subject, entry.details, entry.prev_hash)
    if recomputed != entry.hash:
        return ChainBreak(entry.id, f"row {entry.id} was changed after it was written")
    return None


def _head_problem(last: AuditEntry | None, head: tuple[int, str] | None) -> ChainBreak | None:
    if head is None:
        return None
    head_id, head_hash = head
    last_id = last.id if last else 0
    if last_id < head_id:
        return ChainBreak(last_id + 1, f"rows {last_id + 1} to {head_id} are missing: the log was cut short")
    if last_id > head_id:
        return ChainBreak(head_id + 1, f"rows after {head_id} were added outside the kiosk: the head says {head_id}")
    if last is not None and last.hash != head_hash:
        return ChainBreak(last_id, f"row {last_id} does not match the recorded head of the log")
    return None
