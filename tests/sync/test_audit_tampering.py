"""A randomised audit test: hundreds of single edits to a copy of a real log, each detected and
named by ``kiosk audit verify``.

The log is a kiosk's own (written through the staff desk, delivered to the real central and
anchored there, with a few newer entries not yet delivered). Each trial puts back a fresh
copy of the profile's files, makes one edit with sqlite3 and runs verify, which must exit 1
naming the edited row as the first bad one:

* by someone with the database only (they may re-compute every hash, with the only hash
  they can: plain sha256): caught by the file itself, so ``verify --offline`` names it too;
* by someone who also took the key file, re-keying the rewritten chain and moving the key
  file's anchors to fit: the file holds together, and the copy central received names the
  row (``verify`` online). Such edits are made where central holds the entries: an entry
  not yet delivered can be rewritten by whoever holds the key, which is what delivery at
  every sync is for.

Seeded, so every run makes the same edits; 200 trials in a few seconds.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import secrets
import shutil
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable

from kiosk.cli import audit as audit_cli
from kiosk.config import load_settings
from kiosk.services.staff import StaffDesk
from kiosk.workflow.audit_chain import AuditKind
from kiosk.workflow.clock import system_clock
from tests.sync.audit_files import LogFile
from tests.sync.conftest import KioskUnderTest
from tests.sync.test_audit_anchor import sync

SEED = 20261202
TRIALS = 200
DELIVERED, TOTAL = 24, 30
PROFILE_FILES = ("kiosk.toml", "credentials.json", "audit-keys.json", "kiosk.sqlite")
FIELDS = ("kind", "actor_id", "subject", "details", "at")


def write_real_log(kiosk: KioskUnderTest, count: int, start: int = 0) -> None:
    """Entries of every kind, as the staff desk writes them (details redacted on the way in)."""
    desk = StaffDesk(kiosk.uow, kiosk.settings, system_clock)
    kinds = list(AuditKind)
    for index in range(start, start + count):
        desk.record(kinds[index % len(kinds)], subject=f"K7QM-4TZ9-X{index:02d}", actor=f"C{index % 3:03d}",
                    details={"n": index, "email": "maria.garcia@example.com", "amount": 1000 + index})


class Edits:
    """One kind of edit per method; each returns the row verify must name."""

    def __init__(self, log: LogFile, rng: random.Random) -> None:
        self.log, self.rng = log, rng

    def field(self) -> int:
        row = self.rng.randint(1, TOTAL)
        self._change_field(row)
        return row

    def field_rehashed(self) -> int:
        row = self.rng.randint(1, TOTAL)
        self._change_field(row)
        self.log.rechain(row, with_key=False)
        return row

    def link(self) -> int:
        row = self.rng.randint(1, TOTAL)
        self.log.execute(f"UPDATE audit_log SET {self.rng.choice(('prev_hash', 'hash'))} = ? WHERE id = ?",
                         parameters=(secrets.token_hex(32), row))
        return row

    def delete(self) -> int:
        row = self.rng.randint(1, TOTAL)
        self.log.execute("DELETE FROM audit_log WHERE id = ?", parameters=(row,))
        return row

    def delete_renumbered(self) -> int:
        row = self.rng.randint(1, TOTAL)
        self._delete_and_renumber(row)
        self.log.rechain(row, with_key=False)
        return row

    def cut_tail(self) -> int:
        row = self.rng.randint(2, TOTAL)
        self.log.execute("DELETE FROM audit_log WHERE id >= ?", parameters=(row,))
        self.log.set_head(with_key=False)
        return row

    def swap(self) -> int:
        row = self.rng.randint(1, TOTAL - 1)
        for statement, parameters in (("UPDATE audit_log SET id = -1 WHERE id = ?", (row,)),
                                      ("UPDATE audit_log SET id = ? WHERE id = ?", (row, row + 1)),
                                      ("UPDATE audit_log SET id = ? WHERE id = -1", (row + 1,))):
            self.log.execute(statement, parameters=parameters)
        return row

    def insert(self) -> int:
        row = self.rng.randint(1, TOTAL)
        for moved in range(TOTAL, row - 1, -1):
            self.log.execute("UPDATE audit_log SET id = ? WHERE id = ?", parameters=(moved + 1, moved))
        self.log.execute("INSERT INTO audit_log (id, at, kind, actor_id, subject, details, prev_hash, hash, epoch, "
                         "delivered) SELECT ?, at, 'refund', 'M001', 'forged', '{\"amount\": 99999}', prev_hash, ?, "
                         "epoch, 1 FROM audit_log WHERE id = ?", parameters=(row, secrets.token_hex(32), row + 1))
        self.log.rechain(row, with_key=False)
        return row

    def relabelled(self) -> int:
        row = self.rng.randint(1, TOTAL)
        self.log.execute("UPDATE audit_log SET epoch = '' WHERE id = ?", parameters=(row,))
        self.log.rechain(row, with_key=False)
        return row

    def unreadable(self) -> int:
        row = self.rng.randint(1, TOTAL)
        column, value = self.rng.choice((("at", "yesterday"), ("details", "{broken"), ("details", "[1, 2]"),
                                         ("kind", b"\x00\xff")))
        self.log.execute(f"UPDATE audit_log SET {column} = ? WHERE id = ?", parameters=(value, row))
        return row

    def field_with_key(self) -> int:
        row = self.rng.randint(1, DELIVERED)
        self._change_field(row)
        self._rekey(row)
        return row

    def delete_renumbered_with_key(self) -> int:
        row = self.rng.randint(1, DELIVERED)
        self._delete_and_renumber(row)
        self._rekey(row)
        return row

    def cut_with_key(self) -> int:
        row = self.rng.randint(2, DELIVERED)
        self.log.execute("DELETE FROM audit_log WHERE id >= ?", parameters=(row,))
        self.log.set_head(with_key=True)
        self.log.move_anchors(row - 1)
        return row

    # --- the pieces ---------------------------------------------------------------------

    def _change_field(self, row: int) -> None:
        current = next(r for r in self.log.rows() if r["id"] == row)
        field = self.rng.choice(FIELDS)
        value = {
            "kind": next(k.value for k in AuditKind if k.value != current["kind"]),
            "actor_id": current["actor_id"] + "X",
            "subject": current["subject"] + "-forged",
            "details": json.dumps({**json.loads(current["details"]), "amount": self.rng.randint(1, 10**6)}),
            "at": (datetime.fromisoformat(current["at"]) + timedelta(minutes=self.rng.randint(1, 600)))
            .strftime("%Y-%m-%d %H:%M:%S.%f"),
        }[field]
        self.log.execute(f"UPDATE audit_log SET {field} = ? WHERE id = ?", parameters=(value, row))

    def _delete_and_renumber(self, row: int) -> None:
        self.log.execute("DELETE FROM audit_log WHERE id = ?", parameters=(row,))
        for moved in range(row + 1, TOTAL + 1):
            self.log.execute("UPDATE audit_log SET id = ? WHERE id = ?", parameters=(moved - 1, moved))

    def _rekey(self, row: int) -> None:
        """What someone with the key file does after an edit: re-key the chain, make the anchors fit."""
        self.log.rechain(row, with_key=True)
        anchored = max((e.anchor[0] for e in self.log.keys.load() if e.anchor), default=0)
        self.log.move_anchors(min(anchored, max(r["id"] for r in self.log.rows())))


WITHOUT_KEY = ("field", "field_rehashed", "link", "delete", "delete_renumbered", "cut_tail", "swap", "insert",
               "relabelled", "unreadable")
WITH_KEY = ("field_with_key", "delete_renumbered_with_key", "cut_with_key")


def run_verify(settings_dir: Path, *, offline: bool) -> tuple[int, str]:
    out = io.StringIO()
    args = argparse.Namespace(audit_action="verify", offline=offline)
    status = audit_cli.run_audit_command(args, load_settings(settings_dir), out=out)
    return status, out.getvalue()


def test_hundreds_of_single_edits_are_each_detected_and_named(central, make_kiosk, capsys, tmp_path):  # noqa: ANN001
    kiosk = make_kiosk()
    write_real_log(kiosk, DELIVERED)
    assert sync(kiosk, capsys)[0] == 0  # delivered and anchored at central
    write_real_log(kiosk, TOTAL - DELIVERED, start=DELIVERED)  # not delivered yet
    kiosk.close()
    original = tmp_path / "original"
    original.mkdir()
    for name in PROFILE_FILES:
        shutil.copy(kiosk.settings.profile / name, original / name)
    trial = tmp_path / "trial"
    trial.mkdir()
    assert _fresh_copy(original, trial) and run_verify(trial, offline=False)[0] == 0

    rng, tried = random.Random(SEED), Counter[str]()
    for number in range(TRIALS):
        _fresh_copy(original, trial)
        kind = rng.choice(WITHOUT_KEY + WITH_KEY)
        edit: Callable[[], int] = getattr(Edits(LogFile(trial / "kiosk.sqlite"), rng), kind)
        row = edit()
        tried[kind] += 1
        status, out = run_verify(trial, offline=False)
        assert status == 1 and f"audit log BROKEN at row {row}:" in out, (number, kind, row, out)
        offline_status, offline_out = run_verify(trial, offline=True)
        if kind in WITHOUT_KEY:  # the file alone names it: the key was not theirs
            assert offline_status == 1 and f"BROKEN at row {row}:" in offline_out, (number, kind, row, offline_out)
        else:  # re-keyed: only central's copy tells
            assert offline_status == 0, (number, kind, row, offline_out)
    assert set(tried) == set(WITHOUT_KEY + WITH_KEY) and min(tried.values()) >= 10, tried


def _fresh_copy(original: Path, trial: Path) -> bool:
    for name in PROFILE_FILES:
        shutil.copy(original / name, trial / name)
    for leftover in ("kiosk.sqlite-wal", "kiosk.sqlite-shm"):
        (trial / leftover).unlink(missing_ok=True)
    return True
