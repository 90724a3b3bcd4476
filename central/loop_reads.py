"""Rows by key for the event loop's hot path: the device behind a token, on every request.

Through the bare driver, on a connection of the loop's own in autocommit, a lookup costs no
pool checkout, liveness ping, BEGIN or ROLLBACK, and no hop to a worker thread. On SQLite it
runs right on the loop (a WAL reader never waits for the writer). On PostgreSQL it is an
async psycopg connection, and lookups made while one is in flight wait for it and then go
together in one statement (``by_keys``): fifty kiosks posting at once cost a round trip or
two, not fifty in a row on one connection. A connection the server dropped is replaced once.
"""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Any, cast

import psycopg
from sqlalchemy import Engine
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ClauseElement

from central.database import SQLITE_BUSY_TIMEOUT_S, configure_sqlite_connection, is_sqlite

Row = tuple[Any, ...]


class LoopLookup:
    """``by_key`` (for SQLite) takes the bind parameter ``key``; ``by_keys`` (for PostgreSQL)
    takes ``keys``, a list, and returns the key as its first column, then what ``by_key`` does."""

    def __init__(self, engine: Engine, by_key: ClauseElement, by_keys: ClauseElement) -> None:
        self._engine = engine
        statement = by_key if is_sqlite(engine) else by_keys
        self._compiled = cast(SQLCompiler, statement.compile(dialect=engine.dialect))
        self._sqlite: sqlite3.Connection | None = None
        self._postgres: psycopg.AsyncConnection[Any] | None = None
        self._waiting: dict[Any, list[asyncio.Future[Row | None]]] = {}
        self._reader: asyncio.Task[None] | None = None

    async def get(self, key: Any) -> Row | None:
        if is_sqlite(self._engine):
            return self._get_sqlite(key)
        answer: asyncio.Future[Row | None] = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(key, []).append(answer)
        if self._reader is None:
            self._reader = asyncio.get_running_loop().create_task(self._read_waiting())
        return await answer

    async def ping(self) -> None:
        """Raise the driver's error unless the database answers (a lookup of no key at all)."""
        await self.get("")

    async def aclose(self) -> None:
        if self._sqlite is not None:
            self._sqlite.close()
            self._sqlite = None
        if self._postgres is not None:
            await self._postgres.close()
            self._postgres = None

    def _get_sqlite(self, key: Any) -> Row | None:
        if self._sqlite is None:
            self._sqlite = sqlite3.connect(self._engine.url.database or "", timeout=SQLITE_BUSY_TIMEOUT_S,
                                           check_same_thread=False)
            configure_sqlite_connection(self._sqlite, None)
        params = {"key": key}
        row = self._sqlite.execute(str(self._compiled), [params[n] for n in self._compiled.positiontup or ()]).fetchone()
        return None if row is None else tuple(row)

    async def _read_waiting(self) -> None:
        try:
            while self._waiting:
                waiting, self._waiting = self._waiting, {}
                try:
                    rows = await self._fetch_postgres(list(waiting))
                except Exception as error:  # noqa: BLE001 - each request answers it (a 503)
                    for answers in waiting.values():
                        for answer in answers:
                            if not answer.done():
                                answer.set_exception(error)
                    continue
                for key, answers in waiting.items():
                    for answer in answers:
                        if not answer.done():
                            answer.set_result(rows.get(key))
        finally:
            self._reader = None

    async def _fetch_postgres(self, keys: list[Any]) -> dict[Any, Row]:
        for attempt in (1, 2):
            if self._postgres is None or self._postgres.closed:
                url = self._engine.url.set(drivername="postgresql")
                self._postgres = await psycopg.AsyncConnection.connect(
                    url.render_as_string(hide_password=False), autocommit=True)
            try:
                cursor = await self._postgres.execute(str(self._compiled), {"keys": keys})
                return {row[0]: tuple(row[1:]) for row in await cursor.fetchall()}
            except psycopg.OperationalError:
                if not self._postgres.closed or attempt == 2:
                    raise
                # dropped (a server restart, say): one new connection, one more try
        raise AssertionError("unreachable")
