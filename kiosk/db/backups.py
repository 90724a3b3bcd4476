"""Small online copies of what only this kiosk holds, and putting one back after damage.

A copy keeps every table except the order cache (orders, their lines, variants), which the
next sync pulls again from central, so a kiosk with a million cached orders still makes a
copy of a few megabytes. It is written from one read snapshot of the live database
(SQLite's own ATTACH, never a file copy), first to a partial file that is renamed into place
once complete, so a crash mid-copy leaves the older copies as they were.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

log = logging.getLogger(__name__)

BACKUP_DIR = "backups"
#: Copies kept, newest first; older ones are removed after each new copy.
KEPT_COPIES = 3
#: Tables central can send again; the copy keeps their shape but not their rows.
REPULLABLE = ("order_lines", "orders", "variants")
#: Settings that describe the order cache, dropped with it so that a restored kiosk resyncs.
CACHE_SETTINGS = "sync.orders.%"
_CREATE = re.compile(r"^\s*CREATE\s+(UNIQUE\s+)?(TABLE|INDEX|TRIGGER)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class CopyFacts:
    """What a copy holds, for the recovery report and the refusal screen."""

    path: Path
    taken_at: datetime
    cases: int
    unsent: int
    audit_entries: int


def backups_dir(profile: Path) -> Path:
    return profile / BACKUP_DIR


def newest_backup(profile: Path) -> Path | None:
    copies = sorted(backups_dir(profile).glob("kiosk-*.sqlite"), reverse=True)
    return copies[0] if copies else None


def write_backup(database_path: Path, profile: Path, now: datetime) -> Path:
    """Copy the irreplaceable tables into the profile's backups folder; returns the new copy."""
    folder = backups_dir(profile)
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / f"kiosk-{now.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%S%fZ')}.sqlite"
    partial = final.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    source = sqlite3.connect(database_path, isolation_level=None)
    try:
        source.execute("ATTACH DATABASE ? AS copy", (str(partial),))
        source.execute("BEGIN")
        _copy_schema_and_rows(source)
        source.execute("DELETE FROM copy.settings WHERE key LIKE ?", (CACHE_SETTINGS,))
        source.execute("COMMIT")
        source.execute("DETACH DATABASE copy")
    finally:
        source.close()
    _sync_file(partial)
    os.replace(partial, final)
    _keep_newest(folder)
    return final


def _copy_schema_and_rows(source: sqlite3.Connection) -> None:
    objects = source.execute(
        "SELECT type, name, sql FROM main.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
        " ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END").fetchall()
    for kind, name, sql in objects:
        source.execute(_CREATE.sub(lambda m: m.group(0) + "copy.", sql, count=1))
        if kind == "table" and name not in REPULLABLE:
            source.execute(f'INSERT INTO copy."{name}" SELECT * FROM main."{name}"')


def _sync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _keep_newest(folder: Path) -> None:
    for old in sorted(folder.glob("kiosk-*.sqlite"), reverse=True)[KEPT_COPIES:]:
        old.unlink(missing_ok=True)


def describe_copy(path: Path) -> CopyFacts:
    """Read what a copy holds (read-only); raises sqlite3.DatabaseError for a bad file."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        cases = connection.execute("SELECT count(*) FROM return_cases").fetchone()[0]
        unsent = connection.execute("SELECT count(*) FROM outbox WHERE state != 'delivered'").fetchone()[0]
        audit = connection.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    finally:
        connection.close()
    stamp = path.stem.removeprefix("kiosk-")
    taken = datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=timezone.utc)
    return CopyFacts(path, taken, int(cases), int(unsent), int(audit))


def salvage_case_ids(path: Path) -> set[str] | None:
    """The case ids still readable in a damaged file, or None when nothing can be read."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return {row[0] for row in connection.execute("SELECT id FROM return_cases")}
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        log.info("nothing readable in %s: %s", path, error)
        return None
