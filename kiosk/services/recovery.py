"""Opening a profile's database safely, backing it up while it runs, and restoring a backup.

A profile that served returns holds files only a kiosk in service has (its credentials,
backups); the database refuses to start empty beside them (kiosk.db.engine). Recovery puts
the newest backup in place of the damaged file, keeps the damaged file beside it, and says
what the backup holds and which returns the damaged file still showed that the backup lacks.
The audit log goes on in a new epoch, its first entry naming the backup.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from kiosk.config import Settings
from kiosk.db.backups import CopyFacts, describe_copy, newest_backup, salvage_case_ids, write_backup
from kiosk.db.engine import Database
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.sync.credentials import credentials_path
from kiosk.workflow.errors import StorageError

log = logging.getLogger(__name__)

#: How often the running kiosk copies what only it holds.
BACKUP_EVERY = timedelta(hours=4)


class NothingToRestore(StorageError):
    """There is no backup to restore from."""


def open_database(settings: Settings) -> Database:
    """The profile's database, opened and migrated, or a StorageError that names the backup."""
    return Database(settings.database_path, evidence=(credentials_path(settings.profile),)).open()


def back_up_if_due(settings: Settings, now: datetime, every: timedelta = BACKUP_EVERY) -> Path | None:
    """Write a new backup when the newest is older than ``every``; the new copy's path, or None."""
    newest = newest_backup(settings.profile)
    if newest is not None and now - describe_copy(newest).taken_at < every:
        return None
    copy = write_backup(settings.database_path, settings.profile, now)
    log.info("backed up %s to %s", settings.database_path, copy)
    return copy


@dataclass(frozen=True)
class RecoveryReport:
    restored: CopyFacts
    damaged_kept_at: Path | None
    #: cases the damaged file still showed that the backup does not hold (None: unreadable)
    missing_case_ids: frozenset[str] | None = field(default=None)

    def lines(self) -> list[str]:
        facts = self.restored
        out = [f"restored {facts.path.name}, taken {facts.taken_at:%Y-%m-%d %H:%M} UTC: {facts.cases} return(s), "
               f"{facts.unsent} not yet sent to central, {facts.audit_entries} audit entries",
               "the order cache is pulled again from central at the next sync"]
        if self.damaged_kept_at is not None:
            out.append(f"the damaged file is kept as {self.damaged_kept_at}")
        if self.missing_case_ids is None:
            out.append("returns saved after the backup could not be read from the damaged file: "
                       "check the printed store copies and central's list for this device")
        elif self.missing_case_ids:
            out.append(f"{len(self.missing_case_ids)} return(s) in the damaged file are not in the backup: "
                       + ", ".join(sorted(self.missing_case_ids)))
        else:
            out.append("every return the damaged file still showed is in the backup")
        return out


def recover(settings: Settings, now: datetime, copy: Path | None = None) -> RecoveryReport:
    """Put a backup (the newest by default) in place of the profile's database."""
    source = copy or newest_backup(settings.profile)
    if source is None:
        raise NothingToRestore(f"there is no backup in {settings.profile / 'backups'} to restore from")
    facts = describe_copy(source)
    database = settings.database_path
    kept: Path | None = None
    missing: frozenset[str] | None = frozenset()
    if database.exists():
        readable = salvage_case_ids(database)
        kept = database.with_name(f"{database.name}.damaged-{now:%Y%m%dT%H%M%SZ}")
        os.replace(database, kept)
        missing = None if readable is None else frozenset(readable - _case_ids(source))
    for leftover in (database.with_name(database.name + suffix) for suffix in ("-wal", "-shm", ".running")):
        leftover.unlink(missing_ok=True)
    _restore_copy(source, database)
    _continue_audit_log(settings, now, source)
    return RecoveryReport(facts, kept, missing)


def _continue_audit_log(settings: Settings, now: datetime, source: Path) -> None:
    """Open the restored copy (which migrates one an older version made) and begin a new audit
    epoch: central may hold entries past the backup under the ids the log would use next."""
    restored = open_database(settings)
    try:
        with UnitOfWork(restored).writing() as tx:
            tx.audit.restart(at=now, reason="restored from a backup", details={"backup": source.name})
    finally:
        restored.close()


def _case_ids(copy: Path) -> set[str]:
    return salvage_case_ids(copy) or set()


def _restore_copy(source: Path, destination: Path) -> None:
    partial = destination.with_name(destination.name + ".restoring")
    partial.write_bytes(source.read_bytes())
    with partial.open("rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, destination)
