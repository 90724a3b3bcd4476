"""Shared fixtures: offscreen Qt, a fixed clock, and real profiles with migrated SQLite files."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: The moment every test lives in, unless it says otherwise.
NOW = datetime(2026, 11, 27, 15, 0, tzinfo=timezone.utc)


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture
def demo_settings(tmp_path: Path):
    from kiosk.config import load_settings

    return load_settings(tmp_path / "profile", demo=True)


@pytest.fixture
def services(demo_settings):
    """The real service graph over a demo profile, at NOW."""
    from kiosk.app import build_services

    built = build_services(demo_settings, clock=lambda: NOW)
    yield built
    built.close()
