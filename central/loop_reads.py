"""One-statement reads for the event loop's hot path: the device token on every request.

Through the bare driver, on a connection of the loop's own in autocommit, a read is one
statement: no pool checkout, liveness ping, BEGIN or ROLLBACK around it, and no hop to a
worker thread. On SQLite it runs right on the loop (a WAL reader never waits for the
writer); on PostgreSQL it is an async psycopg connection, so the loop serves other
requests during the round trip, and a connection the server dropped is replaced once.
"""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Any, Mapping, cast

import psycopg
from sqlalchemy import Engine
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ClauseElement

from central.database import SQLITE_BUSY_TIMEOUT_S, configure_sqlite_connection, is_sqlite

Row = tuple[Any, ...]


class LoopReads:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._compiled: dict[ClauseElement, SQLCompiler] = {}
        self._sqlite: sqlite3.Connection | None = None
        self._postgres: psycopg.AsyncConnection[Any] | None = None
        self._opening = asyncio.Lock()

    async def fetch_one(self, statement: ClauseElement, params: Mapping[str, Any]) -> Row | None:
        """The first row of ``statement``, its columns as the driver gives them."""
        compiled = self._compiled.get(statement)
        if compiled is None:
            compiled = self._compiled[statement] = cast(SQLCompiler, statement.compile(dialect=self._engine.dialect))
        if is_sqlite(self._engine):
            return self._fetch_sqlite(compiled, params)
        return await self._fetch_postgres(compiled, params)

    async def aclose(self) -> None:
        if self._sqlite is not None:
            self._sqlite.close()
            self._sqlite = None
        if self._postgres is not None:
            await self._postgres.close()
            self._postgres = None

    def _fetch_sqlite(self, compiled: SQLCompiler, params: Mapping[str, Any]) -> Row | None:
        if self._sqlite is None:
            self._sqlite = sqlite3.connect(self._engine.url.database or "", timeout=SQLITE_BUSY_TIMEOUT_S,
                                           check_same_thread=False)
            configure_sqlite_connection(self._sqlite, None)
        row = self._sqlite.execute(str(compiled), [params[name] for name in compiled.positiontup or ()]).fetchone()
        return None if row is None else tuple(row)

    async def _fetch_postgres(self, compiled: SQLCompiler, params: Mapping[str, Any]) -> Row | None:
        for attempt in (1, 2):
            connection = await self._postgres_connection()
            try:
                cursor = await connection.execute(str(compiled), dict(params))
                return await cursor.fetchone()
            except psycopg.OperationalError:
                if not connection.closed or attempt == 2:
                    raise
                self._postgres = None  # dropped (a server restart, say): one new connection, one more try
        raise AssertionError("unreachable")

    async def _postgres_connection(self) -> psycopg.AsyncConnection[Any]:
        async with self._opening:
            if self._postgres is None or self._postgres.closed:
                url = self._engine.url.set(drivername="postgresql")
                self._postgres = await psycopg.AsyncConnection.connect(
                    url.render_as_string(hide_password=False), autocommit=True)
            return self._postgres
