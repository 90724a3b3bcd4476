"""Shared fixtures: offscreen Qt, a fixed clock, and real profiles with migrated SQLite files."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import pytest

from kiosk.db.unit_of_work import UnitOfWork

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
