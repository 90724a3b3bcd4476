"""A profile's database file opened as it is found, for tools that run beside a kiosk.

``kiosk audit verify`` and ``export`` must work while the kiosk is running, and on a file an
older version left behind: opening does not migrate the file or write the running marker,
and closing does not checkpoint the WAL or remove the marker (both belong to the kiosk that
runs on the file). Reads go through the unit of work like everyone else's.
"""

from __future__ import annotations

from sqlalchemy import inspect
from sqlalchemy.orm import sessionmaker

from kiosk.db.engine import Database, make_engine


class DatabaseAsFound(Database):
    def open(self) -> DatabaseAsFound:
        self.engine = make_engine(self.path)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        return self

    def has_table(self, name: str) -> bool:
        """Whether the file has this table yet (a file from before its migration has not)."""
        return inspect(self.engine).has_table(name)

    def close(self) -> None:
        self.engine.dispose()
