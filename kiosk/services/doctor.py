"""``kiosk doctor``: a plain report of everything an unattended kiosk depends on.

Each check says what it looked at and what to do when it is not right; the command exits
non-zero when something needs attention. It reads and never changes: the database is opened
read-only (no migration), printers are asked for their status, central is asked two
questions (health without the token, the order count with it), and the answer's Date header
gives the clock offset.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable

from kiosk.config import Settings
from kiosk.db.backups import describe_copy, newest_backup
from kiosk.db.engine import SCHEMA_HEAD, SQLITE_HEADER
from kiosk.sync.client import ApiClient, SyncConfigError
from kiosk.sync.connection import client_for
from kiosk.sync.credentials import CredentialsError
from kiosk.workflow.clock import Clock
from kiosk.workflow.clock_offset import clock_limit, clock_unsure, describe_offset, offset_from_date

#: Below this much free disk the kiosk may soon fail to save a return.
LOW_DISK_BYTES = 500 * 1024 * 1024
#: A backup older than this means the periodic backup is not running.
STALE_BACKUP = timedelta(days=1)


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"[{'ok' if self.ok else 'ATTENTION'}] {self.name}: {self.detail}"


def run_doctor(settings: Settings, clock: Clock, *,
               client_factory: Callable[[Settings], ApiClient | None] = client_for) -> list[Check]:
    checks = [check_disk(settings), check_database(settings), check_backup(settings, clock())]
    checks += check_printers(settings)
    checks += check_central(settings, clock, client_factory, policy_clock_limit(settings))
    return checks


def policy_clock_limit(settings: Settings) -> timedelta:
    """The active policy's ``approval.max_clock_offset_minutes``: the offset past which the
    running kiosk holds window verdicts for staff, so the doctor warns at the same point.

    Read-only and forgiving: a database the doctor cannot read (reported by its own check)
    or one with no policy yet gives the policy default.
    """
    document = None
    if settings.database_path.exists():
        try:
            connection = sqlite3.connect(f"file:{settings.database_path}?mode=ro", uri=True)
            try:
                row = connection.execute("SELECT document FROM policy_versions WHERE active").fetchone()
            finally:
                connection.close()
            document = json.loads(row[0]) if row else None
        except (sqlite3.DatabaseError, ValueError, TypeError):
            document = None
    try:
        return clock_limit(document if isinstance(document, dict) else None)
    except (TypeError, ValueError):
        return clock_limit(None)


def check_disk(settings: Settings) -> Check:
    folder = settings.profile
    while not folder.exists() and folder != folder.parent:  # a profile not made yet: the disk it goes on
        folder = folder.parent
    free = shutil.disk_usage(folder).free
    detail = f"{free / 1024**3:.1f} GB free under {settings.profile}"
    return Check("free disk", free >= LOW_DISK_BYTES, detail if free >= LOW_DISK_BYTES else
                 detail + f"; below {LOW_DISK_BYTES // 1024**2} MB saves may fail: free some space")


def check_database(settings: Settings) -> Check:
    path = settings.database_path
    if not path.exists() or path.stat().st_size == 0:
        return Check("database", False, f"{path} is missing or empty: start the kiosk once, or `kiosk recover`")
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return Check("database", False, f"{path} is not a SQLite database: run `kiosk recover`")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return Check("database", False, f"{path} cannot be read ({error}): run `kiosk recover`")
    if verdict != "ok":
        return Check("database", False, f"{path} failed its integrity check ({verdict}): run `kiosk recover`")
    if revision is None or revision[0] != SCHEMA_HEAD:
        return Check("database", True, f"{path} is sound; it is migrated to {SCHEMA_HEAD} at the next start")
    return Check("database", True, f"{path} is sound and up to date ({SCHEMA_HEAD})")


def check_backup(settings: Settings, now: datetime) -> Check:
    newest = newest_backup(settings.profile)
    if newest is None:
        return Check("backup", False, "no backup yet: the running kiosk makes one every few hours")
    age = now - describe_copy(newest).taken_at
    hours = age.total_seconds() / 3600
    if age > STALE_BACKUP:
        return Check("backup", False, f"the newest backup is {hours:.0f} hours old ({newest.name}): is the kiosk running?")
    return Check("backup", True, f"{newest.name}, {hours:.1f} hours old")


def check_printers(settings: Settings) -> list[Check]:
    from kiosk.printing.errors import PrinterSettingsError
    from kiosk.printing.printers import build_printer
    from kiosk.printing.settings import PrinterSettings

    if not settings.printers:
        return [Check("printers", False, "no printer in kiosk.toml: shoppers get no slip")]
    checks = []
    for name, table in settings.printers.items():
        try:
            status = build_printer(PrinterSettings.from_mapping(name, table)).check()
        except PrinterSettingsError as error:
            checks.append(Check(f"printer {name}", False, f"its settings are wrong: {error}"))
            continue
        checks.append(Check(f"printer {name}", status.ready, status.message))
    return checks


def check_central(settings: Settings, clock: Clock, client_factory: Callable[[Settings], ApiClient | None],
                  limit: timedelta) -> list[Check]:
    try:
        client = client_factory(settings)
    except (SyncConfigError, CredentialsError) as error:
        return [Check("central", False, f"the registration cannot be used: {error}")]
    if client is None:
        return [Check("central", False, "not registered: run `kiosk register --server URL --token TOKEN`")]
    try:
        sent = clock()
        health = client.get("/v1/health")
        received = clock()
        if not health.ok:
            return [Check("central", False, f"{client.base_url} does not answer as it should: {health.describe()}")]
        checks = [Check("central", True, f"{client.base_url} answers (TLS verified)"
                        if client.base_url.startswith("https") else f"{client.base_url} answers")]
        token = client.get("/v1/orders/count")
        checks.append(Check("device token", token.ok, "accepted" if token.ok else
                            f"refused ({token.describe()}): register the device again"))
        checks.append(_clock_check(health.headers.get("date") or health.headers.get("Date"), sent, received, limit))
        return checks
    finally:
        client.close()


def _clock_check(date_header: str | None, sent: datetime, received: datetime, limit: timedelta) -> Check:
    offset = offset_from_date(date_header, sent, received)
    if offset is None:
        return Check("clock", False, "central's answer carries no usable Date header: the offset is unknown")
    detail = describe_offset(offset)
    if clock_unsure(offset, limit):
        return Check("clock", False, detail + f"; past the policy's {int(limit.total_seconds()) // 60} minutes, window "
                                              "verdicts are held for staff: fix the time source (NTP)")
    return Check("clock", True, detail)
