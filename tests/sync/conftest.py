"""Fixtures for the sync tests: a live central server, registered kiosk profiles, a stand-in server."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator

import pytest

from kiosk.config import Settings
from kiosk.db.engine import Database
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.services.returns import ReturnsDesk
from kiosk.workflow.clock import system_clock
from tests.sync.support import LiveCentral, StandIn, kiosk_profile, open_database, running_central

STORE = "S-SYNC"


@pytest.fixture
def central(tmp_path: Path) -> Iterator[LiveCentral]:
    """The real central API over a SQLite file, with a store and the demo policy."""
    with running_central(tmp_path, STORE) as server:
        yield server


class KioskUnderTest:
    """A registered kiosk profile with its opened database, its unit of work and returns desk."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.database: Database = open_database(settings)
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
