"""A database that does not answer: every request gets a JSON 503 to retry, never a 500."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from central.app import create_app
from central.settings import Settings
from tests.central.support import LiveServer


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # nothing listens once the probe is closed


@pytest.fixture(params=["postgresql", "sqlite"])
def unreachable(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A server whose database is a PostgreSQL that is not running, or a file that is not SQLite."""
    if request.param == "postgresql":
        url = f"postgresql://intake@127.0.0.1:{closed_port()}/central"
    else:
        garbage = tmp_path / "central.sqlite3"
        garbage.write_bytes(b"these are not the bytes of a database" * 200)
        url = f"sqlite:///{garbage}"
    server = LiveServer(create_app(Settings(db_url=url))).start()
    yield server.url
    server.stop()


def test_health_says_the_database_is_unavailable(unreachable):
    response = httpx.get(unreachable + "/v1/health", timeout=30)
    assert response.status_code == 503
    assert response.json()["error"]["code"] in ("database_busy", "database_error")
    assert response.headers["Retry-After"] == "1"


def test_a_kiosk_posting_a_return_is_told_to_retry(unreachable):
    headers = {"Authorization": "Bearer kc_" + "x" * 43, "Idempotency-Key": "case-1"}
    response = httpx.post(unreachable + "/v1/returns", json={"id": "case-1"}, headers=headers, timeout=30)
    assert response.status_code == 503
    assert response.json()["error"]["message"].endswith("retry shortly")


def test_a_kiosk_reading_its_feed_is_told_to_retry(unreachable):
    headers = {"Authorization": "Bearer kc_" + "x" * 43}
    response = httpx.get(unreachable + "/v1/orders/changes", headers=headers, timeout=30)
    assert response.status_code == 503
