"""Every UI test runs with the database kept off the GUI thread (tests/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _database_off_the_gui_thread(gui_thread_guarded: None) -> None:
    """A widget that touches the database on the GUI thread fails its test."""
