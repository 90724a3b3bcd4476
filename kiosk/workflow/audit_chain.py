"""The audit trail as a hash chain, keyed with a secret kept outside the database.

Refunds are money leaving the till and an offline kiosk's file can be opened by anyone who
holds it. Each entry's hash covers its own content (as canonical JSON) and the hash of the
entry before it, so re-computing the chain finds the first entry that no longer fits. A plain
hash can be re-computed by whoever edits the file, so entries are chained with HMAC-SHA256
under a key that lives outside the database (kiosk.db.audit_keys) and at central: without the
key an edit cannot be hidden, and with it the copy central holds still tells.

The log is cut into **epochs**: a stretch of entries chained with one key. An epoch starts
when the kiosk first writes an entry after an upgrade from the unkeyed scheme, when a new
database starts its chain from entry 1 (a reset profile), and after a restore from a backup;
central keeps entries by (device, epoch, entry id), so each stretch is deliverable. Entries
written before the first epoch keep the unkeyed sha256 scheme (``LEGACY``) they were chained
with, and an entry names its epoch, so verification knows which hash applies; which epoch an
entry must belong to follows from where each epoch starts, so relabelling a keyed entry as
unkeyed shows too.

Details are redacted before they are chained: a PIN never enters the log and e-mail
addresses are masked (``m***@example.com``), so the log may travel to central and be
exported without carrying secrets or shopper data.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any, Iterable, Mapping, Sequence

from kiosk.workflow.clock import format_utc

#: The "previous hash" of the first entry.
GENESIS = "0" * 64
#: The scheme of entries chained before keys existed: sha256 over the previous hash and the content.
LEGACY = "sha256"
#: The scheme of every epoch: HMAC-SHA256 under the epoch's key.
KEYED = "hmac-sha256"
#: The epoch name of unkeyed entries.
NO_EPOCH = ""

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
    #: Staff mode: the cash drawer opened for a cash refund (details: amount, currency).
    DRAWER_OPENED = "drawer_opened"
    #: The end-of-day report was printed (details: day, staff filter, totals).
    REPORT_PRINTED = "report_printed"
    #: Central's stock feed changed this store's stock.
    STOCK_PULLED = "stock_pulled"
    #: Staff confirmed by sight an item dropped off for an online return (details: line, title).
    DROPOFF_SIGHT_CHECK = "dropoff_sight_check"
    #: A voucher minted for a case (details: code, amount, currency, kind, expires_on).
    VOUCHER_ISSUED = "voucher_issued"
    #: Staff sent a returned line elsewhere than the policy's disposition (details: before, after).
    DISPOSITION_CHANGED = "disposition_changed"
    #: The refusal slip was printed (or queued) for lines the kiosk could not take back.
    REFUSAL_SLIP_PRINTED = "refusal_slip_printed"
    #: The log continues under a new key (after a restore from a backup, say); details say why.
    EPOCH_START = "epoch_start"


@dataclass(frozen=True)
class AuditEntry:
    """One chained entry; ``actor`` is a staff id, or "kiosk"/"shopper" when no one signed in.

    ``epoch`` names the key the entry is chained with ("" for the unkeyed legacy scheme).
    """

    id: int
    at: datetime
    kind: str
    actor: str
    subject: str
    details: Mapping[str, Any]
    prev_hash: str
    hash: str
    epoch: str = NO_EPOCH

    def to_dict(self) -> dict[str, Any]:
        """The entry as central takes it; unkeyed entries leave ``epoch`` out, as older kiosks did."""
        body = {"id": self.id, "at": format_utc(self.at), "kind": self.kind, "actor": self.actor,
                "subject": self.subject, "details": dict(self.details), "prev_hash": self.prev_hash,
                "hash": self.hash}
        return {**body, "epoch": self.epoch} if self.epoch else body


@dataclass(frozen=True)
class Tip:
    """What the next entry needs of the newest one: its id, its hash and its epoch."""

    id: int
    hash: str
    epoch: str = NO_EPOCH


@dataclass(frozen=True)
class UnreadableRow:
    """A stored row that cannot be read back as an entry (a garbled date, details that are not JSON)."""

    id: int
    reason: str


@dataclass(frozen=True)
class Epoch:
    """A stretch of the chain keyed with one secret, from entry ``first_id`` on.

    ``prev_hash`` is the hash the epoch's first entry links to (GENESIS for a new log).
    ``anchor`` is the newest (id, hash) central confirmed for this epoch: a log cut below it
    shows without asking central.
    """

    id: str
    key: bytes
    first_id: int
    prev_hash: str
    scheme: str = KEYED
    anchor: tuple[int, str] | None = None


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


def _content(entry_id: int, at: datetime, kind: str, actor: str, subject: str, details: Mapping[str, Any],
             prev_hash: str) -> dict[str, Any]:
    return {"id": entry_id, "at": format_utc(at), "kind": kind, "actor": actor, "subject": subject,
            "details": details, "prev_hash": prev_hash}


def entry_hash(entry_id: int, at: datetime, kind: str, actor: str, subject: str,
               details: Mapping[str, Any], prev_hash: str) -> str:
    """The unkeyed (``LEGACY``) hash, for entries chained before epochs existed."""
    body = _content(entry_id, at, kind, actor, subject, details, prev_hash)
    return hashlib.sha256((prev_hash + canonical_json(body)).encode("utf-8")).hexdigest()


def keyed_hash(key: bytes, epoch: str, entry_id: int, at: datetime, kind: str, actor: str, subject: str,
               details: Mapping[str, Any], prev_hash: str) -> str:
    """HMAC-SHA256 of the content with its epoch's name, under the epoch's key."""
    body = {**_content(entry_id, at, kind, actor, subject, details, prev_hash), "epoch": epoch}
    return hmac.new(key, canonical_json(body).encode("utf-8"), hashlib.sha256).hexdigest()


def hash_of(entry: AuditEntry, key: bytes | None) -> str:
    """What ``entry``'s hash must be: unkeyed without an epoch, else under ``key``."""
    fields = (entry.id, entry.at, entry.kind, entry.actor, entry.subject, entry.details, entry.prev_hash)
    if not entry.epoch:
        return entry_hash(*fields)
    if key is None:
        raise ValueError("a keyed entry needs its epoch's key")
    return keyed_hash(key, entry.epoch, *fields)


def seal_head(key: bytes, entry: AuditEntry | Tip) -> str:
    """The kiosk's seal on the recorded head: without the key, a head moved back to an earlier
    entry (to hide a cut tail) cannot be sealed again."""
    return hmac.new(key, f"head:{entry.epoch}:{entry.id}:{entry.hash}".encode("utf-8"), hashlib.sha256).hexdigest()


def chain_entry(previous: AuditEntry | Tip | None, *, at: datetime, kind: AuditKind | str, actor: str,
                subject: str = "", details: Mapping[str, Any] | None = None,
                epoch: Epoch | None = None) -> AuditEntry:
    """The entry that follows ``previous`` (None for the first), its details redacted.

    Chained under ``epoch``'s key; without one, unkeyed (what kiosks wrote before epochs, and
    what central still takes from them).
    """
    if at.tzinfo is None:
        raise ValueError("audit timestamps must be timezone-aware")
    entry_id = previous.id + 1 if previous else 1
    prev_hash = previous.hash if previous else GENESIS
    kind_value = kind.value if isinstance(kind, AuditKind) else AuditKind(kind).value
    unsigned = AuditEntry(entry_id, at, kind_value, actor, subject, redact(dict(details or {})), prev_hash, "",
                          epoch.id if epoch else NO_EPOCH)
    return _with_hash(unsigned, hash_of(unsigned, epoch.key if epoch else None))


def _with_hash(entry: AuditEntry, digest: str) -> AuditEntry:
    return AuditEntry(entry.id, entry.at, entry.kind, entry.actor, entry.subject, entry.details, entry.prev_hash,
                      digest, entry.epoch)


def epoch_for(epochs: Sequence[Epoch], entry_id: int) -> Epoch | None:
    """The epoch entry ``entry_id`` must belong to: the newest one opened at or before it.

    ``epochs`` are in the order they were opened; an epoch opened after a restore from a backup
    starts below an older one, and takes over from there. None: the entry is unkeyed.
    """
    owner = None
    for epoch in epochs:
        if epoch.first_id <= entry_id:
            owner = epoch
    return owner


def verify_chain(entries: Iterable[AuditEntry | UnreadableRow], *, head: tuple[int, str] | None = None,
                 epochs: Sequence[Epoch] = (), head_seal: str | None = None) -> ChainBreak | None:
    """The first break in entries given in id order, or None when every link holds.

    ``head`` is the (id, hash) last written, kept apart from the rows: without it, removing
    the newest entries would leave a shorter chain that still verifies; a keyed log's head
    must carry the kiosk's seal (``seal_head``). ``epochs`` are the keys the kiosk holds, in
    the order they were opened (see ``epoch_for``).
    """
    previous: AuditEntry | None = None
    anchors = {epoch.anchor[0]: (epoch, epoch.anchor[1]) for epoch in epochs if epoch.anchor}
    for entry in entries:
        problem = _link_problem(previous, entry, epochs)
        if problem is None and isinstance(entry, AuditEntry):
            problem = _anchor_problem(entry, anchors.get(entry.id), epochs)
        if problem is not None:
            return problem
        previous = entry if isinstance(entry, AuditEntry) else previous
    return (_head_problem(previous, head) or _seal_problem(previous, head_seal, epochs)
            or _cut_below_anchor(previous, epochs))


def _link_problem(previous: AuditEntry | None, entry: AuditEntry | UnreadableRow,
                  epochs: Sequence[Epoch]) -> ChainBreak | None:
    expected_id = previous.id + 1 if previous else 1
    if entry.id != expected_id:
        after = f"row {previous.id}" if previous else "the start of the log"
        return ChainBreak(expected_id, f"row {expected_id} is missing: row {entry.id} follows {after}")
    if isinstance(entry, UnreadableRow):
        return ChainBreak(entry.id, f"row {entry.id} cannot be read: {entry.reason}")
    expected_prev = previous.hash if previous else GENESIS
    if entry.prev_hash != expected_prev:
        return ChainBreak(entry.id, f"row {entry.id} does not link to row {entry.id - 1}: one of them was changed")
    return _epoch_problem(entry, epoch_for(epochs, entry.id)) or _hash_problem(entry, epoch_for(epochs, entry.id))


def _epoch_problem(entry: AuditEntry, owner: Epoch | None) -> ChainBreak | None:
    if owner is None and entry.epoch:
        return ChainBreak(entry.id, f"row {entry.id} names epoch {entry.epoch[:8]}, whose key this kiosk does not "
                                    "hold: it was written elsewhere or the key file was lost")
    if owner is not None and entry.epoch != owner.id:
        named = f"epoch {entry.epoch[:8]}" if entry.epoch else "the unkeyed scheme"
        return ChainBreak(entry.id, f"row {entry.id} claims {named}, but the log is keyed in epoch {owner.id[:8]} "
                                    f"from row {owner.first_id}: it was rewritten")
    if owner is not None and entry.id == owner.first_id and entry.prev_hash != owner.prev_hash:
        return ChainBreak(entry.id, f"row {entry.id} does not link to where epoch {owner.id[:8]} began: "
                                    f"row {entry.id - 1} or an earlier one was changed")
    return None


def _hash_problem(entry: AuditEntry, owner: Epoch | None) -> ChainBreak | None:
    if hash_of(entry, owner.key if owner else None) != entry.hash:
        return ChainBreak(entry.id, f"row {entry.id} was changed after it was written")
    return None


def _anchor_problem(entry: AuditEntry, anchor: tuple[Epoch, str] | None,
                    epochs: Sequence[Epoch]) -> ChainBreak | None:
    if anchor is None or epoch_for(epochs, entry.id) is not anchor[0]:
        return None  # no anchor here, or one an epoch opened after a restore has replaced
    if entry.hash != anchor[1]:
        return ChainBreak(entry.id, f"row {entry.id} is not the entry central confirmed at the last sync: "
                                    "the log was rewritten up to here")
    return None


def _seal_problem(last: AuditEntry | None, seal: str | None, epochs: Sequence[Epoch]) -> ChainBreak | None:
    owner = epoch_for(epochs, last.id) if last is not None else None
    if last is None or owner is None or owner.id != last.epoch:
        return None  # an unkeyed log has no seal; a row in the wrong epoch was reported already
    if seal != seal_head(owner.key, last):
        return ChainBreak(last.id + 1, f"the recorded head of the log (row {last.id}) was not written by the kiosk: "
                                       f"rows after row {last.id} were cut, or the head was edited")
    return None


def _cut_below_anchor(last: AuditEntry | None, epochs: Sequence[Epoch]) -> ChainBreak | None:
    last_id = last.id if last else 0
    for epoch in epochs:
        if epoch.anchor and epoch.anchor[0] > last_id and epoch_for(epochs, epoch.anchor[0]) is epoch:
            return ChainBreak(last_id + 1, f"rows {last_id + 1} to {epoch.anchor[0]} are missing: central confirmed "
                                           f"the log up to row {epoch.anchor[0]} at a sync; it was cut short")
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
