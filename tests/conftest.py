"""Shared fixtures: offscreen Qt, a fixed clock, and real profiles with migrated SQLite files."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import pytest

from kiosk.db.unit_of_work import UnitOfWork

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Cheap PIN hashes (argon2id at 64 KiB, one pass) and a fixed central pepper: tests check the
# rules, not the hash's cost (kiosk.workflow.pins, central.ops.managers).
os.environ.setdefault("INTAKE_PIN_HASH_MEMORY_KIB", "64")
os.environ.setdefault("INTAKE_PIN_HASH_TIME_COST", "1")
os.environ.setdefault("CENTRAL_PIN_PEPPER", "5eed" * 16)

#: The moment every test lives in, unless it says otherwise.
NOW = datetime(2026, 11, 27, 15, 0, tzinfo=timezone.utc)


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture(scope="session")
def demo_database_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One seeded demo database per test run; each test gets its own copy."""
    from kiosk.db.engine import Database
    from kiosk.services.demo_seed import seed_demo

    path = tmp_path_factory.mktemp("template") / "kiosk.sqlite"
    database = Database(path).open()
    seed_demo(UnitOfWork(database), NOW)
    database.close()
    return path


@pytest.fixture
def demo_settings(tmp_path: Path, demo_database_template: Path):
    from kiosk.config import load_settings
    from kiosk.db.engine import backup

    settings = load_settings(tmp_path / "profile", demo=True)
    settings.profile.mkdir(parents=True)
    backup(demo_database_template, settings.database_path)
    from kiosk.sync.credentials import PEPPERS_NAME  # the demo PINs' pepper, kept beside the database

    (settings.profile / PEPPERS_NAME).write_bytes((demo_database_template.parent / PEPPERS_NAME).read_bytes())
    return settings


@pytest.fixture
def services(demo_settings):
    """The real service graph over a demo profile, at NOW."""
    from kiosk.app import build_services

    built = build_services(demo_settings, clock=lambda: NOW)
    yield built
    built.close()


@pytest.fixture(autouse=True, scope="session")
def _background_jobs_finish_before_qt_goes():
    """Printing and logging jobs still running at the end would outlive the QApplication."""
    yield
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)


#: Fixtures that open, fill or close a kiosk database: the GUI-thread guard comes on after them
#: and goes off before they are torn down.
DATABASE_FIXTURES = ("services", "database", "staff", "desk", "make_kiosk")


@pytest.fixture
def gui_thread_guarded(request: pytest.FixtureRequest):
    """From here on the kiosk database refuses the GUI (main) thread.

    The service fixtures the test uses are built first, with the database allowed. A widget
    that then reads or writes the database itself, instead of through the background helper
    (kiosk.ui.background), fails the test with IoOnGuardedThread. Tests set up and check the
    database under ``kiosk.db.engine.io_allowed()``.
    """
    import threading

    from kiosk.db.engine import guard_thread

    for name in DATABASE_FIXTURES:
        if name in request.fixturenames:
            request.getfixturevalue(name)
    guard_thread(threading.main_thread())
    yield
    guard_thread(None)


@pytest.fixture
def window_services(services):
    """What the kiosk window is built with, over the demo profile's services."""
    from kiosk.ui.shell import WindowServices

    return WindowServices(services.desk, services.staff, services.printer)
