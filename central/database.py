"""Engines, transactions and migrations for SQLite and PostgreSQL alike.

SQLite runs in WAL mode with foreign keys on, and every write transaction starts with
``BEGIN IMMEDIATE``: it takes the database's single write lock up front, so a
check-then-insert (is there quantity left on this line?) cannot interleave with another
writer, whether in this process or another. PostgreSQL gets the same guarantee from row
locks (``SELECT ... FOR UPDATE`` on the order) and from the change counter's row lock.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, Row, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_S = 30


def normalise_url(text: str) -> URL:
    """Accept ``postgresql://``, ``postgres://``, ``sqlite:///file`` or a bare file path.

    PostgreSQL always goes through psycopg 3, whatever driver the URL names or omits.
    """
    if "://" not in text:
        return make_url(f"sqlite:///{Path(text).expanduser().resolve()}")
    if text.startswith("postgres://"):
        text = "postgresql://" + text[len("postgres://"):]
    url = make_url(text)
    if url.get_backend_name() == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    elif url.get_backend_name() != "sqlite":
        raise ValueError(f"unsupported database {url.get_backend_name()!r}: use sqlite or postgresql")
    return url


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(db_url: str, *, pool_size: int = 10, max_overflow: int = 40) -> Engine:
    """An engine tuned for the backend; the pool is sized for a threadpool of request handlers."""
    url = normalise_url(db_url)
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url, pool_size, max_overflow)
    return create_engine(url, pool_size=pool_size, max_overflow=max_overflow, pool_pre_ping=True)


def _sqlite_engine(url: URL, pool_size: int, max_overflow: int) -> Engine:
    if url.database in (None, "", ":memory:"):
        raise ValueError("central needs a SQLite file, not an in-memory database")
    engine = create_engine(
        url,
        connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S, "check_same_thread": False},
        pool_size=pool_size,
        max_overflow=max_overflow,
    )
    event.listen(engine, "connect", configure_sqlite_connection)
    event.listen(engine, "begin", _begin_sqlite_transaction)
    return engine


def configure_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    # Take transaction control away from the sqlite3 module so BEGIN is ours to emit.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_S * 1000}")
    cursor.close()


def _begin_sqlite_transaction(connection: Any) -> None:
    options = connection.get_execution_options()
    if options.get("isolation_level") != "AUTOCOMMIT":
        connection.exec_driver_sql(f"BEGIN {options.get('sqlite_begin', 'DEFERRED')}")


class Database:
    """The engine plus the two kinds of unit of work the server uses."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._write_engine = engine.execution_options(sqlite_begin="IMMEDIATE")
        self._autocommit_engine = engine.execution_options(isolation_level="AUTOCOMMIT")
        # SQLite has one writer at a time. This process's writers queue on a mutex, which hands
        # the lock on as soon as it is free; SQLite's busy handler, which only other processes
        # (a ``load-orders``, another server process) meet at BEGIN IMMEDIATE, sleeps in steps
        # of up to 100 ms and would make every waiting post late.
        self._write_mutex = threading.Lock() if is_sqlite(engine) else None

    @classmethod
    def open(cls, db_url: str) -> Database:
        return cls(make_engine(db_url))

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.engine)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work: one snapshot on SQLite, rolled back at the end."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield session  # closing the session rolls the snapshot back

    def read_one(self, statement: Executable, parameters: dict[str, Any] | None = None) -> Row[Any] | None:
        """The first row of one statement run outside any transaction: for the lookups every
        request makes, without a BEGIN and a ROLLBACK around them."""
        with self._autocommit_engine.connect() as connection:
            return connection.execute(statement, parameters).first()

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A unit of work that commits on success and rolls back on any error.

        On SQLite it holds the database's write lock from the first statement, so reads
        made to decide a write cannot go stale before the write.
        """
        with self._writer_turn(), Session(self._write_engine, expire_on_commit=False) as session:
            with session.begin():
                yield session

    @contextmanager
    def _writer_turn(self) -> Iterator[None]:
        if self._write_mutex is None:
            yield
            return
        with self._write_mutex:
            yield

    def migrate(self) -> None:
        migrate(self.engine)

    def dispose(self) -> None:
        self.engine.dispose()


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision; safe to call at every start."""
    command.upgrade(alembic_config(engine), "head")
