"""The audit log's keys: an owner-only file beside the database, never inside it.

Someone who copies or edits ``kiosk.sqlite`` cannot re-compute the chain without the key of
each epoch (kiosk.workflow.audit_chain), and central holds the same keys, so the copy it
keeps tells even when the whole profile was taken. The file also remembers, per epoch, the
newest entry central confirmed at a sync (its anchor), so a log cut below it shows locally.

Every change to the file is made by a writer that holds the database's write lock (an audit
append, or the sync recording what central confirmed): the kiosk and ``kiosk sync --once``
beside it never overwrite each other's epochs. The file is replaced atomically and created
owner-only (kiosk.atomic_file).
"""

from __future__ import annotations

import json
import logging
import secrets
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Sequence

from kiosk.atomic_file import write_atomically
from kiosk.workflow.audit_chain import GENESIS, KEYED, Epoch, Tip
from kiosk.workflow.errors import StorageError

log = logging.getLogger(__name__)

KEYS_NAME = "audit-keys.json"
FORMAT = "intake-audit-keys/1"


class AuditKeysUnreadable(StorageError):
    """The key file exists but cannot be read; the message names it."""


@dataclass(frozen=True)
class AuditKeys:
    """The key file of one database (``beside`` its path)."""

    path: Path

    @classmethod
    def beside(cls, database_path: Path) -> AuditKeys:
        return cls(Path(database_path).with_name(KEYS_NAME))

    def exists(self) -> bool:
        return self.path.exists()

    def load(self) -> tuple[Epoch, ...]:
        """The epochs in the order they were opened; () when there is no file yet."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return ()
        except (OSError, ValueError) as error:
            raise AuditKeysUnreadable(f"the audit key file {self.path} cannot be read: {error}") from error
        try:
            return tuple(_epoch(item) for item in data["epochs"])
        except (KeyError, TypeError, ValueError) as error:
            raise AuditKeysUnreadable(f"the audit key file {self.path} is not one this kiosk wrote: {error}") from error

    def epoch_to_chain_in(self, last: Tip | None) -> Epoch:
        """The epoch the entry after ``last`` is chained in: the newest, or a new one.

        The newest epoch is continued when ``last`` belongs to it, or when it was opened right
        after ``last`` and has nothing yet (see ``start_epoch``). Otherwise the chain cannot go
        on in it (a new database, a key file from before an upgrade, a log cut below what
        central confirmed), and a new epoch begins after ``last``.
        """
        epochs = self._usable()
        newest = epochs[-1] if epochs else None
        if newest is not None and _continues(newest, last):
            return newest
        return self._open(epochs, last)

    def start_epoch(self, last: Tip | None) -> Epoch:
        """Begin a new epoch after ``last`` now (after a restore from a backup, say)."""
        return self._open(self._usable(), last)

    def record_anchor(self, epoch_id: str, entry_id: int, digest: str) -> None:
        """Central confirmed the log of ``epoch_id`` up to (entry_id, digest)."""
        epochs = self.load()
        changed = [replace(e, anchor=(entry_id, digest)) if e.id == epoch_id else e for e in epochs]
        if changed != list(epochs):
            self._save(changed)

    def _usable(self) -> list[Epoch]:
        """The epochs on file; an unreadable file is kept aside (for the record) and a new one begun,
        because an audit entry is never refused for want of a key."""
        try:
            return list(self.load())
        except AuditKeysUnreadable as error:
            aside = self.path.with_name(f"{self.path.name}.unreadable-{datetime.now(timezone.utc):%Y%m%dT%H%M%SZ}")
            self.path.replace(aside)
            log.error("%s; kept as %s, a new epoch begins", error, aside)
            return []

    def _open(self, epochs: list[Epoch], last: Tip | None) -> Epoch:
        epoch = Epoch(id=secrets.token_hex(16), key=secrets.token_bytes(32), first_id=last.id + 1 if last else 1,
                      prev_hash=last.hash if last else GENESIS)
        self._save([*epochs, epoch])
        log.info("audit log: epoch %s begins at entry %d", epoch.id[:8], epoch.first_id)
        return epoch

    def _save(self, epochs: Sequence[Epoch]) -> None:
        document = {"format": FORMAT, "epochs": [_document(epoch) for epoch in epochs]}
        write_atomically(self.path, (json.dumps(document, indent=2) + "\n").encode("utf-8"))


def _continues(epoch: Epoch, last: Tip | None) -> bool:
    if epoch.anchor is not None and (last is None or last.id < epoch.anchor[0]):
        return False  # the log lost entries central confirmed: they must not be written again
    if last is not None and last.epoch == epoch.id:
        return True
    if last is None or epoch.anchor is not None:
        return False  # a new log never reuses an epoch: its entries may be at central already
    return epoch.first_id == last.id + 1 and epoch.prev_hash == last.hash  # begun after ``last``, still unused


def _epoch(item: Any) -> Epoch:
    key = bytes.fromhex(str(item["key"]))
    if item.get("scheme", KEYED) != KEYED or len(key) != 32:
        raise ValueError(f"epoch {item.get('epoch')!r} has an unknown scheme or key")
    anchor = item.get("anchor")
    return Epoch(id=str(item["epoch"]), key=key, first_id=int(item["first_id"]), prev_hash=str(item["prev_hash"]),
                 anchor=(int(anchor[0]), str(anchor[1])) if anchor else None)


def _document(epoch: Epoch) -> dict[str, Any]:
    return {"epoch": epoch.id, "scheme": epoch.scheme, "key": epoch.key.hex(), "first_id": epoch.first_id,
            "prev_hash": epoch.prev_hash, "anchor": list(epoch.anchor) if epoch.anchor else None}
