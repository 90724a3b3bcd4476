"""Fixtures for the sync tests: a live central server, registered kiosk profiles, a stand-in server."""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import Callable, Iterator

import pytest

from kiosk.config import Settings
from kiosk.db.engine import Database
from kiosk.db.unit_of_work import Transaction, UnitOfWork
from kiosk.services.returns import ReturnsDesk
from kiosk.workflow.clock import system_clock
from tests.sync.support import LiveCentral, StandIn, kiosk_profile, running_central

STORE = "S-SYNC"


@pytest.fixture
def central(tmp_path: Path) -> Iterator[LiveCentral]:
    """The real central API over a SQLite file, with a store and the demo policy."""
    with running_central(tmp_path, STORE) as server:
        yield server


class _DatabaseAlsoUnitOfWork(Database):
    """TRANSITIONAL, for tests/sync/test_ui.py only: it still hands ``kiosk.database`` to sync
    functions, which now take a unit of work. Remove once that file passes ``kiosk.uow``."""

    def reading(self) -> AbstractContextManager[Transaction]:
        return UnitOfWork(self).reading()

    def writing(self) -> AbstractContextManager[Transaction]:
        return UnitOfWork(self).writing()


class KioskUnderTest:
    """A registered kiosk profile with its opened database, its unit of work and returns desk."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.database: Database = _DatabaseAlsoUnitOfWork(settings.database_path).open()
        self.uow = UnitOfWork(self.database)
        self.desk = ReturnsDesk(self.uow, settings, system_clock)
        self.closed = False

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.database.close()


@pytest.fixture
def make_kiosk(tmp_path: Path, central: LiveCentral) -> Iterator[Callable[..., KioskUnderTest]]:
    made: list[KioskUnderTest] = []

    def make(name: str = "kiosk", store_id: str = STORE, server_url: str | None = None) -> KioskUnderTest:
        token = central.add_device(store_id)
        settings = kiosk_profile(tmp_path / name, server_url=server_url or central.url, token=token, store_id=store_id)
        kiosk = KioskUnderTest(settings)
        made.append(kiosk)
        return kiosk

    yield make
    for kiosk in made:
        kiosk.close()


@pytest.fixture
def stand_in() -> Iterator[StandIn]:
    server = StandIn()
    yield server
    server.close()
