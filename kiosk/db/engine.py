"""Opening the kiosk's SQLite file safely.

Every connection gets WAL, synchronous=FULL, foreign keys and a busy timeout. Before
migrations change an existing file it is copied with SQLite's backup API; after an unclean
shutdown (the running marker was left behind) a quick_check runs before anything else.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from kiosk.workflow.errors import StorageError

log = logging.getLogger(__name__)

#: Copies made before migrations that are kept, newest first (see Database._purge_backups).
KEPT_BACKUPS = 3

MIGRATIONS = Path(__file__).with_name("migrations")
#: The newest migration's revision. Start-up compares against it without importing Alembic
#: (a second of start-up on a kiosk); tests/db checks it matches the migration scripts.
SCHEMA_HEAD = "0008"

if TYPE_CHECKING:
    from alembic.config import Config


class DatabaseCorrupt(StorageError):
    """quick_check found damage; the kiosk must not write to this file."""


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    # Deleted and overwritten content is zeroed on disk, so purged shopper data leaves no bytes
    # behind without a VACUUM (which would lock a large cache for too long at the counter).
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


class IoOnGuardedThread(RuntimeError):
    """The database was used from a thread that must never wait on a disk (the GUI thread)."""


_guard = threading.local()
_guarded: list[threading.Thread] = []


def guard_thread(thread: threading.Thread | None) -> None:
    """Make every database use on ``thread`` raise (None lifts the guard).

    The UI test suite guards the GUI thread, so a widget that reads or writes the database
    itself, instead of through the background helper, fails its test.
    """
    _guarded[:] = [thread] if thread is not None else []


@contextmanager
def io_allowed() -> Iterator[None]:
    """Let the current thread use the database for a moment (test set-up and checks)."""
    before = getattr(_guard, "allowed", False)
    _guard.allowed = True
    try:
        yield
    finally:
        _guard.allowed = before


def _on_checkout(_dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
    current = threading.current_thread()
    if current in _guarded and not getattr(_guard, "allowed", False):
        raise IoOnGuardedThread(f"database used on the guarded thread {current.name!r}")


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "checkout", _on_checkout)
    return engine


def alembic_config(engine_connection: Any = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = engine_connection
    return config


def head_revision() -> str:
    """The head according to the migration scripts themselves (slow: imports Alembic)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        has_table = connection.execute(
            text("select 1 from sqlite_master where type='table' and name='alembic_version'")).first()
        if not has_table:
            return None
        return connection.execute(text("select version_num from alembic_version")).scalar()


def migrate(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def backup(path: Path, destination: Path) -> None:
    """Copy a live SQLite file consistently (never copy the file by hand)."""
    source = sqlite3.connect(path)
    try:
        target = sqlite3.connect(destination)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def quick_check(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        raise DatabaseCorrupt(f"{path}: {error}") from error
    finally:
        connection.close()
    if rows != [("ok",)]:
        raise DatabaseCorrupt("; ".join(str(r[0]) for r in rows[:5]))


SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseMissing(StorageError):
    """The database file is missing or empty although the profile shows the kiosk was in use."""


def _damage_help(path: Path) -> str:
    from kiosk.db.backups import newest_backup

    copy = newest_backup(path.parent)
    where = f"The newest backup is {copy}." if copy else "There is no backup in the profile."
    return f"{where} Run `kiosk recover` to restore it; it reports what the backup holds and what is missing."


class Database:
    """The opened, migrated local database of one profile.

    It refuses to start on a file that is damaged, or missing or empty in a profile that was
    in use (``evidence``: files that only a kiosk in service has), because a new database
    there would silently hide every unsent return. A file changed since the last clean
    shutdown, or left open by a crash, is checked with quick_check before it is used.
    """

    def __init__(self, path: Path, *, evidence: Sequence[Path] = ()) -> None:
        self.path = path
        self.evidence = tuple(evidence)
        self._marker = path.with_name(path.name + ".running")
        self._fingerprint = path.with_name(path.name + ".clean")

    def open(self) -> Database:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._refuse_damage()
        self._fingerprint.unlink(missing_ok=True)
        self.engine = make_engine(self.path)
        self._migrate_with_backup()
        self._marker.write_text(datetime.now(timezone.utc).isoformat())
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        return self

    def in_use_signs(self) -> list[Path]:
        """Files that show this profile served returns: credentials, backups, copies before migrations."""
        from kiosk.db.backups import backups_dir

        signs = [p for p in self.evidence if p.exists()]
        signs += sorted(backups_dir(self.path.parent).glob("kiosk-*.sqlite"))[-1:]
        signs += sorted(self.path.parent.glob(f"{self.path.stem}.before-*.sqlite"))[-1:]
        return signs

    def _refuse_damage(self) -> None:
        size = self.path.stat().st_size if self.path.exists() else None
        if not size:
            signs = self.in_use_signs()
            if signs:
                state = "missing" if size is None else "empty (0 bytes)"
                raise DatabaseMissing(f"{self.path} is {state}, but this profile was in use "
                                      f"({', '.join(p.name for p in signs)}). {_damage_help(self.path)}")
            return
        with self.path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise DatabaseCorrupt(f"{self.path} is not a SQLite database (its header is damaged). "
                                      f"{_damage_help(self.path)}")
        if self._marker.exists() or not self._closed_cleanly():
            log.warning("%s was not closed cleanly or changed since; running quick_check", self.path)
            try:
                quick_check(self.path)
            except DatabaseCorrupt as error:
                raise DatabaseCorrupt(f"{self.path} is damaged: {error}. {_damage_help(self.path)}") from error

    def _closed_cleanly(self) -> bool:
        try:
            return self._fingerprint.read_text().split() == _file_fingerprint(self.path)
        except OSError:
            return False

    def _migrate_with_backup(self) -> None:
        current = current_revision(self.engine)
        if current == SCHEMA_HEAD:
            return
        if current is not None:
            stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
            copy = self.path.with_name(f"{self.path.stem}.before-{SCHEMA_HEAD}.{stamp}.sqlite")
            backup(self.path, copy)
            log.info("backed up %s to %s before migrating", self.path, copy)
        migrate(self.engine)
        self._purge_backups()

    def _purge_backups(self) -> None:
        """Keep the newest KEPT_BACKUPS copies made before migrations: each is a whole database,
        and a kiosk upgraded for years must not fill its disk with them."""
        copies = sorted(self.path.parent.glob(f"{self.path.stem}.before-*.sqlite"),
                        key=lambda copy: copy.stat().st_mtime, reverse=True)
        for old in copies[KEPT_BACKUPS:]:
            old.unlink(missing_ok=True)
            log.info("removed the old backup %s", old)

    def session(self) -> Session:
        return self.sessions()

    def close(self) -> None:
        """A clean shutdown: checkpoint the WAL and remove the running marker."""
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()
        self._fingerprint.write_text(" ".join(_file_fingerprint(self.path)))
        self._marker.unlink(missing_ok=True)


def _file_fingerprint(path: Path) -> list[str]:
    """Size and modification time at a clean shutdown: a file changed after it gets checked."""
    stat = path.stat()
    return [str(stat.st_size), str(stat.st_mtime_ns)]
