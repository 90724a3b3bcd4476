"""What someone holding a kiosk's files can do to its audit log: sqlite3 on ``kiosk.sqlite``
(the append-only triggers are one DROP away), and with ``audit-keys.json`` too, re-key a
rewritten chain so that it holds together again."""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from kiosk.db.audit_keys import AuditKeys
from kiosk.workflow.audit_chain import GENESIS, Tip, entry_hash, keyed_hash, seal_head

COLUMNS = "id, at, kind, actor_id, subject, details, prev_hash, hash, epoch"


class LogFile:
    """The audit log of a closed kiosk database, edited the way a person with the file could."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.keys = AuditKeys.beside(database)

    def execute(self, *statements: str, parameters: tuple[Any, ...] = ()) -> None:
        with self._open() as connection:
            for statement in statements:
                connection.execute(statement, parameters)

    def rows(self) -> list[dict[str, Any]]:
        with self._open() as connection:
            cursor = connection.execute(f"SELECT {COLUMNS}, delivered FROM audit_log ORDER BY id")
            names = [column[0] for column in cursor.description]
            return [dict(zip(names, row)) for row in cursor.fetchall()]

    def setting(self, key: str) -> str | None:
        with self._open() as connection:
            row = connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def rechain(self, from_id: int, *, with_key: bool) -> None:
        """Re-compute prev_hash and hash from row ``from_id`` on, and the recorded head.

        ``with_key``: under each row's epoch key, as the kiosk would (someone who also took
        the key file); otherwise plain sha256, all that someone with the database alone can do.
        """
        keys = {epoch.id: epoch.key for epoch in self.keys.load()} if with_key else {}
        rows = self.rows()
        previous = next((row["hash"] for row in rows if row["id"] == from_id - 1), GENESIS)
        with self._open() as connection:
            for row in (r for r in rows if r["id"] >= from_id):
                digest = _hash(row, previous, keys.get(row["epoch"]))
                connection.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
                                   (previous, digest, row["id"]))
                row["prev_hash"], row["hash"], previous = previous, digest, digest
        self.set_head(with_key=with_key)

    def set_head(self, *, with_key: bool) -> None:
        """Make the recorded head say the last row, sealed when the key is at hand."""
        rows = self.rows()
        keys = {epoch.id: epoch.key for epoch in self.keys.load()} if with_key else {}
        last = rows[-1] if rows else None
        value = ""
        if last is not None:
            tip = Tip(last["id"], last["hash"], last["epoch"])
            seal = seal_head(keys[last["epoch"]], tip) if last["epoch"] in keys else ""
            value = f"{tip.id}:{tip.hash}:{seal}" if seal else f"{tip.id}:{tip.hash}"
        self.execute("UPDATE settings SET value = ? WHERE key = 'audit_head'", parameters=(value,))

    def move_anchors(self, entry_id: int) -> None:
        """Edit the key file's anchors to an earlier row (someone who took the key file)."""
        by_id = {row["id"]: row["hash"] for row in self.rows()}
        document = json.loads(self.keys.path.read_text(encoding="utf-8"))
        for epoch in document["epochs"]:
            if epoch["anchor"]:
                epoch["anchor"] = [entry_id, by_id[entry_id]]
        self.keys.path.write_text(json.dumps(document), encoding="utf-8")

    @contextmanager
    def _open(self) -> Iterator[sqlite3.Connection]:
        """One transaction on the file, its triggers dropped first (no sync to disk: a test's copy)."""
        connection = sqlite3.connect(self.database, isolation_level=None)
        try:
            connection.execute("PRAGMA synchronous=OFF")
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
            connection.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
            yield connection
            connection.execute("COMMIT")
        finally:
            connection.close()


def _hash(row: dict[str, Any], previous: str, key: bytes | None) -> str:
    at = datetime.fromisoformat(row["at"]).replace(tzinfo=timezone.utc)
    fields = (row["id"], at, row["kind"], row["actor_id"], row["subject"], json.loads(row["details"]), previous)
    return keyed_hash(key, row["epoch"], *fields) if key is not None and row["epoch"] else entry_hash(*fields)
